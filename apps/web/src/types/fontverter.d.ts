/** fontverter (a dependency of subset-font) ships no types; fonts.test.ts uses its convert(). */
declare module 'fontverter' {
  type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2';
  const fontverter: {
    convert(font: Uint8Array, toFormat: Format, fromFormat?: Format): Promise<Buffer>;
  };
  export default fontverter;
}
