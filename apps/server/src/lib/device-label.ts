const BROWSERS: [RegExp, string][] = [
  [/coc_coc_browser\//i, 'Cốc Cốc'],
  [/Edg(A|iOS)?\//, 'Edge'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/**
 * "Chrome – Android" from a User-Agent, for "Thiết bị đang đăng nhập" and passkey names; null
 * when neither is known (the app words "unknown device" in the reader's language).
 */
export function deviceLabel(userAgent: string | null | undefined): string | null {
  const ua = userAgent ?? '';
  const pick = (list: [RegExp, string][]) => list.find(([re]) => re.test(ua))?.[1];
  const parts = [pick(BROWSERS), pick(SYSTEMS)].filter(Boolean);
  return parts.length > 0 ? parts.join(' – ') : null;
}
