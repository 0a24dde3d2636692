/**
 * Removes what scanners add around a QR payload: the NUL padding some readers leave after
 * the data and whitespace from copy-paste. Inner characters are left alone, because fields
 * may legitimately start with a space.
 */
export function stripQrPayload(payload: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly the padding to remove
  return payload.replace(/^[\s\u0000]+|[\s\u0000]+$/g, '');
}

/**
 * Throws if a plain-text field would break the '|'-separated layout. Encoding is a
 * programming step (data already validated), so a separator here is a bug, not user input.
 */
export function assertPlainField(name: string, value: string): string {
  if (value.includes('|')) throw new RangeError(`QR field ${name} must not contain '|'`);
  return value;
}
