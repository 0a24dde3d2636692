import fc from 'fast-check';

// Test-only generators (imported by *.test.ts files, never by the package's runtime code).

/** Every lower-case letter of the Vietnamese alphabet with every tone mark. */
export const VIETNAMESE_LOWER =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

/** The same letters in upper case. */
export const VIETNAMESE_UPPER = VIETNAMESE_LOWER.toUpperCase();

// biome-ignore format: a word list reads better packed
const SYLLABLES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thủy', 'Hương',
  'Quỳnh', 'Tuấn', 'Khải', 'Nguyệt', 'Ánh', 'Ưng', 'Ơn', 'Ỷ', 'An', 'Bích', 'Thọ', 'Yến',
];

/** A word of random Vietnamese letters, capitalised or not. */
export const vietnameseWord = fc.string({
  unit: fc.constantFrom(...VIETNAMESE_LOWER, ...VIETNAMESE_UPPER),
  minLength: 1,
  maxLength: 7,
});

/** A plausible full name: real syllables mixed with random words, single-spaced. */
export const vietnameseName = fc
  .array(fc.oneof(fc.constantFrom(...SYLLABLES), vietnameseWord), { minLength: 1, maxLength: 5 })
  .map((words) => words.join(' '));

/** Address-like text: names, house numbers and the punctuation addresses use. */
export const vietnameseAddress = fc
  .array(fc.oneof(vietnameseName, fc.stringMatching(/^[0-9]{1,3}[A-Z]?(\/[0-9]{1,3})?$/)), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(', '));
