/**
 * Two-letter object codes (mã đối tượng) that open an old-form, 15-character BHYT card number,
 * per QĐ 1351/QĐ-BHXH (2015) and its later amendments. Kept as a closed list so a mistyped
 * or invented prefix is refused instead of silently accepted.
 */
// biome-ignore format: a compact table is easier to check against the regulation
export const BHYT_OBJECT_CODES = [
  'DN', 'HX', 'CH', 'NN', 'TK', 'HC', 'XK', 'CA', 'HT', 'TB', 'NO', 'CT', 'XB', 'TN', 'CS', 'QN',
  'CC', 'CK', 'CB', 'KC', 'HD', 'TE', 'BT', 'HN', 'DT', 'DK', 'XD', 'TS', 'TC', 'TQ', 'TA', 'TY',
  'HG', 'LS', 'PV', 'CN', 'HS', 'SV', 'GB', 'GD', 'NL', 'HK', 'TL', 'XN', 'MS', 'CY', 'ND',
] as const;

/** One of the official BHYT object codes. */
export type BhytObjectCode = (typeof BHYT_OBJECT_CODES)[number];

/**
 * Short Vietnamese description of each object code, for display. `null` where the wording
 * could not be checked against the regulation text: showing nothing beats showing a wrong
 * group to an insured person.
 */
export const BHYT_OBJECT_CODE_LABELS: Readonly<Record<BhytObjectCode, string | null>> = {
  DN: 'Người lao động làm việc trong doanh nghiệp',
  HX: 'Người lao động làm việc trong hợp tác xã, liên hiệp hợp tác xã',
  CH: 'Người lao động làm việc trong cơ quan nhà nước, đơn vị sự nghiệp, tổ chức chính trị - xã hội',
  NN: 'Người lao động làm việc trong cơ quan, tổ chức nước ngoài hoặc quốc tế tại Việt Nam',
  TK: 'Người lao động làm việc trong các tổ chức khác',
  HC: 'Cán bộ, công chức, viên chức',
  XK: 'Người hoạt động không chuyên trách ở xã, phường, thị trấn',
  CA: 'Sĩ quan, hạ sĩ quan, chiến sĩ Công an nhân dân',
  HT: 'Người hưởng lương hưu, trợ cấp mất sức lao động hằng tháng',
  TB: 'Người hưởng trợ cấp hằng tháng do tai nạn lao động, bệnh nghề nghiệp',
  NO: 'Người lao động nghỉ việc hưởng chế độ ốm đau dài ngày',
  CT: 'Người từ đủ 80 tuổi trở lên hưởng trợ cấp tuất hằng tháng',
  XB: 'Cán bộ xã, phường, thị trấn đã nghỉ việc hưởng trợ cấp BHXH hằng tháng',
  TN: 'Người đang hưởng trợ cấp thất nghiệp',
  CS: 'Công nhân cao su nghỉ việc hưởng trợ cấp hằng tháng',
  QN: 'Sĩ quan, quân nhân chuyên nghiệp, hạ sĩ quan, binh sĩ Quân đội nhân dân',
  CC: 'Người có công với cách mạng',
  CK: null,
  CB: 'Cựu chiến binh',
  KC: 'Người tham gia kháng chiến',
  HD: 'Đại biểu Quốc hội, đại biểu Hội đồng nhân dân đương nhiệm',
  TE: 'Trẻ em dưới 6 tuổi',
  BT: 'Người hưởng trợ cấp bảo trợ xã hội hằng tháng',
  HN: 'Người thuộc hộ gia đình nghèo',
  DT: 'Người dân tộc thiểu số sống ở vùng có điều kiện kinh tế - xã hội khó khăn',
  DK: 'Người sống ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn',
  XD: 'Người sống ở xã đảo, huyện đảo',
  TS: null,
  TC: null,
  TQ: 'Thân nhân của quân nhân',
  TA: 'Thân nhân của người phục vụ trong Công an nhân dân',
  TY: 'Thân nhân của người làm công tác cơ yếu',
  HG: 'Người đã hiến bộ phận cơ thể người',
  LS: 'Lưu học sinh nước ngoài học tại Việt Nam bằng học bổng ngân sách nhà nước',
  PV: 'Người phục vụ người có công với cách mạng',
  CN: 'Người thuộc hộ gia đình cận nghèo',
  HS: 'Học sinh',
  SV: 'Sinh viên',
  GB: null,
  GD: 'Người tham gia bảo hiểm y tế theo hộ gia đình',
  NL: null,
  HK: null,
  TL: null,
  XN: 'Cán bộ xã, phường, thị trấn đã nghỉ việc hưởng trợ cấp hằng tháng từ ngân sách nhà nước',
  MS: 'Người đã thôi hưởng trợ cấp mất sức lao động, hưởng trợ cấp từ ngân sách nhà nước',
  CY: 'Người làm công tác cơ yếu',
  ND: null,
};

/** Narrows a string to a known object code (exact, upper-case match). */
export function isBhytObjectCode(value: string): value is BhytObjectCode {
  return (BHYT_OBJECT_CODES as readonly string[]).includes(value);
}
