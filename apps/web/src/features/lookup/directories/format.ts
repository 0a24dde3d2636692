/** "1,2 km" (Vietnamese decimal comma); whole kilometres past 10 km. */
export function formatKm(km: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: km < 10 ? 1 : 0,
    minimumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

/** "1.234" in Vietnamese. */
export function formatCount(n: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}

/** Google Maps directions to the coordinates, or to the address when there are none. */
export function directionsUrl(place: {
  latitude: number | null;
  longitude: number | null;
  address: string;
}): string {
  const destination =
    place.latitude !== null && place.longitude !== null
      ? `${place.latitude},${place.longitude}`
      : encodeURIComponent(place.address);
  return `https://www.google.com/maps/dir/?api=1&destination=${destination}`;
}

/** tel: link for a printed number ("024 3936 1234" → tel:02439361234); null when none is usable. */
export function telHref(phone: string | null): string | null {
  if (!phone) return null;
  // "024 3936 1234 / 024 3936 5678": the first number
  const first = phone.split(/[/,;]|\s-\s/)[0] ?? '';
  const digits = first.replace(/[^\d+]/g, '');
  return digits.length >= 3 ? `tel:${digits}` : null;
}
