import type { CccdError } from '../cccd.ts';
import type { DomainMessage } from '../messages.ts';
import type { BhytQrError } from '../qr/bhyt-qr-data.ts';
import type { CccdQrError } from '../qr/cccd-qr.ts';

// A person cannot fix the content of a QR code: the useful advice is to scan again (most
// failures are partial reads) and, if the data itself is wrong, to go to the issuing office.
const RESCAN_VI = 'Vui lòng quét lại; nếu vẫn lỗi, hãy liên hệ cơ quan BHXH nơi cấp thẻ.';
const RESCAN_EN =
  'Please scan again; if it still fails, contact the social insurance office that issued the card.';
const CCCD_RESCAN_VI = 'Vui lòng quét lại mã QR trên thẻ căn cước.';
const CCCD_RESCAN_EN = 'Please scan the QR code on the citizen ID card again.';

function bhyt(vi: string, en: string): DomainMessage {
  return { vi: `${vi} ${RESCAN_VI}`, en: `${en} ${RESCAN_EN}` };
}

function cccd(vi: string, en: string): DomainMessage {
  return { vi: `${vi} ${CCCD_RESCAN_VI}`, en: `${en} ${CCCD_RESCAN_EN}` };
}

/** Messages for BHYT and CCCD QR decoding (the CCCD consistency codes live with the CCCD ones). */
export const QR_MESSAGES: Record<BhytQrError | Exclude<CccdQrError, CccdError>, DomainMessage> = {
  BHYT_QR_EMPTY: bhyt('Mã QR không có nội dung.', 'The QR code is empty.'),
  BHYT_QR_NO_TERMINATOR: bhyt(
    'Mã QR thẻ BHYT thiếu phần kết thúc, có thể chưa quét hết.',
    'The BHYT QR code has no end marker; it may not have been read completely.',
  ),
  BHYT_QR_TOO_FEW_FIELDS: bhyt(
    'Mã QR thẻ BHYT thiếu thông tin bắt buộc.',
    'The BHYT QR code lacks required information.',
  ),
  BHYT_QR_TOO_MANY_FIELDS: {
    vi: 'Mã QR thẻ BHYT có nhiều thông tin hơn định dạng ứng dụng hỗ trợ. Vui lòng nhập mã thẻ bằng tay.',
    en: 'The BHYT QR code has more fields than this app supports. Please enter the card number by hand.',
  },
  BHYT_QR_CARD_NUMBER_INVALID: bhyt(
    'Mã thẻ trong mã QR BHYT không hợp lệ.',
    'The card number in the BHYT QR code is not valid.',
  ),
  BHYT_QR_NAME_INVALID: bhyt(
    'Họ tên trong mã QR thẻ BHYT bị lỗi mã hóa.',
    'The name in the BHYT QR code is not correctly encoded.',
  ),
  BHYT_QR_NAME_REQUIRED: bhyt('Mã QR thẻ BHYT không có họ tên.', 'The BHYT QR code has no name.'),
  BHYT_QR_BIRTH_DATE_INVALID: bhyt(
    'Ngày sinh trong mã QR thẻ BHYT không hợp lệ.',
    'The birth date in the BHYT QR code is not valid.',
  ),
  BHYT_QR_SEX_INVALID: bhyt(
    'Giới tính trong mã QR thẻ BHYT không hợp lệ.',
    'The sex in the BHYT QR code is not valid.',
  ),
  BHYT_QR_ADDRESS_INVALID: bhyt(
    'Địa chỉ trong mã QR thẻ BHYT bị lỗi mã hóa.',
    'The address in the BHYT QR code is not correctly encoded.',
  ),
  BHYT_QR_FACILITY_INVALID: bhyt(
    'Mã nơi đăng ký khám chữa bệnh ban đầu trong mã QR thẻ BHYT không hợp lệ.',
    'The registered health facility code in the BHYT QR code is not valid.',
  ),
  BHYT_QR_VALID_FROM_INVALID: bhyt(
    'Ngày bắt đầu hiệu lực trong mã QR thẻ BHYT không hợp lệ.',
    'The valid-from date in the BHYT QR code is not valid.',
  ),
  BHYT_QR_VALID_TO_INVALID: bhyt(
    'Ngày hết hạn trong mã QR thẻ BHYT không hợp lệ.',
    'The expiry date in the BHYT QR code is not valid.',
  ),
  BHYT_QR_VALID_TO_BEFORE_FROM: bhyt(
    'Ngày hết hạn trong mã QR thẻ BHYT lại trước ngày bắt đầu hiệu lực.',
    'The expiry date in the BHYT QR code is before its valid-from date.',
  ),
  BHYT_QR_ISSUE_DATE_INVALID: bhyt(
    'Ngày cấp trong mã QR thẻ BHYT không hợp lệ.',
    'The issue date in the BHYT QR code is not valid.',
  ),
  BHYT_QR_PARENT_NAME_INVALID: bhyt(
    'Họ tên cha, mẹ hoặc người giám hộ trong mã QR thẻ BHYT bị lỗi mã hóa.',
    "The parent's or guardian's name in the BHYT QR code is not correctly encoded.",
  ),
  BHYT_QR_FIVE_YEARS_DATE_INVALID: bhyt(
    'Thời điểm đủ 5 năm liên tục trong mã QR thẻ BHYT không hợp lệ.',
    'The five-continuous-years date in the BHYT QR code is not valid.',
  ),
  BHYT_QR_ISSUING_OFFICE_INVALID: bhyt(
    'Tên cơ quan cấp thẻ trong mã QR thẻ BHYT bị lỗi mã hóa.',
    'The issuing office in the BHYT QR code is not correctly encoded.',
  ),
  CCCD_QR_EMPTY: cccd('Mã QR không có nội dung.', 'The QR code is empty.'),
  CCCD_QR_SIX_FIELDS: {
    vi: 'Mã QR này chỉ có 6 trường thông tin (thiếu số CMND cũ) nên không đúng định dạng thẻ căn cước công dân. Vui lòng quét mã QR in trên chính thẻ căn cước gắn chip.',
    en: 'This QR code has only 6 fields (the former CMND slot is missing), which is not the citizen ID card format. Please scan the QR code printed on the chip-based card itself.',
  },
  CCCD_QR_FIELD_COUNT: cccd(
    'Mã QR không đúng định dạng thẻ căn cước công dân (cần 7 trường thông tin).',
    'The QR code is not in the citizen ID card format (7 fields are expected).',
  ),
  CCCD_QR_CCCD_INVALID: cccd(
    'Số căn cước công dân trong mã QR không hợp lệ.',
    'The citizen ID number in the QR code is not valid.',
  ),
  CCCD_QR_CMND_INVALID: cccd(
    'Số CMND cũ trong mã QR phải gồm 9 chữ số.',
    'The former CMND number in the QR code must have 9 digits.',
  ),
  CCCD_QR_NAME_REQUIRED: cccd(
    'Mã QR thẻ căn cước không có họ tên.',
    'The citizen ID QR code has no name.',
  ),
  CCCD_QR_BIRTH_DATE_INVALID: cccd(
    'Ngày sinh trong mã QR thẻ căn cước không hợp lệ.',
    'The birth date in the citizen ID QR code is not valid.',
  ),
  CCCD_QR_SEX_INVALID: cccd(
    'Giới tính trong mã QR thẻ căn cước phải là Nam hoặc Nữ.',
    'The sex in the citizen ID QR code must be male or female.',
  ),
  CCCD_QR_ISSUE_DATE_INVALID: cccd(
    'Ngày cấp trong mã QR thẻ căn cước không hợp lệ.',
    'The issue date in the citizen ID QR code is not valid.',
  ),
  CCCD_QR_ISSUE_BEFORE_BIRTH: cccd(
    'Ngày cấp trong mã QR thẻ căn cước lại trước ngày sinh.',
    'The issue date in the citizen ID QR code is before the birth date.',
  ),
};
