/** Word lists for generated positions and diagnoses (employers come from the directory). */
export const POSITIONS = [
  'Công nhân',
  'Nhân viên',
  'Kỹ thuật viên',
  'Kế toán',
  'Chuyên viên',
  'Trưởng nhóm',
  'Phó phòng',
];
export const ICD: [string, string][] = [
  ['J02.9', 'Viêm họng cấp'],
  ['J06.9', 'Nhiễm trùng đường hô hấp trên cấp'],
  ['I10', 'Tăng huyết áp vô căn (nguyên phát)'],
  ['K29.7', 'Viêm dạ dày'],
  ['E11.9', 'Đái tháo đường típ 2'],
  ['M54.5', 'Đau vùng thắt lưng'],
  ['A09', 'Tiêu chảy và viêm dạ dày ruột'],
];
