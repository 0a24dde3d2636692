// URI percent-encoding is exactly UTF-8 bytes in hex, and encodeURIComponent/decodeURIComponent
// are in every JavaScript runtime, so they give a strict UTF-8 codec without TextEncoder
// (absent from the ES library this pure package compiles against).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Lower-case hex of the UTF-8 bytes of `text`, as BHYT QR codes store names and addresses.
 * A lone surrogate (invalid UTF-16) becomes U+FFFD, as TextEncoder does, instead of throwing.
 */
export function utf8ToHex(text: string): string {
  const escaped = encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
  let hex = '';
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      hex += escaped.slice(i + 1, i + 3).toLowerCase();
      i += 2;
    } else {
      hex += escaped.charCodeAt(i).toString(16).padStart(2, '0');
    }
  }
  return hex;
}

/**
 * Decodes hex (either case) holding UTF-8 text. Returns undefined for an odd length, a
 * non-hex character or bytes that are not valid UTF-8 (overlong forms, surrogates, cut-off
 * sequences), so that a damaged QR code is reported rather than shown as mojibake.
 */
export function hexToUtf8(hex: string): string | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  try {
    return decodeURIComponent(hex.replace(/../g, '%$&'));
  } catch {
    return undefined;
  }
}
