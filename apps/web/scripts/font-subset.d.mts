export const OUT_DIR: string;
export const WEIGHTS: number[];
export const LATIN_TEXT: string;
export const VIETNAMESE_TEXT: string;
export const FONT_TEXT: string;
export function unicodeRange(text: string): string;
export function subsetFaces(): Promise<Array<[string, Uint8Array]>>;
