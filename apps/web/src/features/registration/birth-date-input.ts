/**
 * Puts the slashes in while a birth date is typed on a numeric keyboard (which has no '/'):
 * "050" → "05/0", "05/092" → "05/09/2", and a pasted "05092005" → "05/09/2005". Whatever the
 * person typed with their own slashes is left alone.
 */
export function withDateSlashes(next: string, previous: string): string {
  if (next.length < previous.length) return next; // deleting: never fight the person
  const pasted = /^(\d{2})(\d{2})(\d{4})$/.exec(next);
  if (pasted) return `${pasted[1]}/${pasted[2]}/${pasted[3]}`;
  const day = /^(\d{2})(\d)$/.exec(next);
  if (day) return `${day[1]}/${day[2]}`;
  const month = /^(\d{1,2}\/\d{2})(\d)$/.exec(next);
  if (month) return `${month[1]}/${month[2]}`;
  return next;
}
