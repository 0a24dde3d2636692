import { useLang } from '../../../i18n/use-lang.ts';

/**
 * Words of "Tra cứu mã số BHXH", kept beside the feature (the shared catalogue holds the screen
 * title). Field labels are the issue's own wording. Error sentences come from the contracts.
 */
const vi = {
  intro:
    'Nhập đúng thông tin như trong sổ BHXH hoặc Căn cước. Họ tên có thể gõ có dấu hoặc không dấu.',
  province: 'Tỉnh/TP',
  provincePlaceholder: 'Chọn Tỉnh/TP',
  commune: 'Phường/Xã',
  communeHint: 'Không bắt buộc. Chọn nếu biết, để kết quả chính xác hơn.',
  anyCommune: 'Tất cả Phường/Xã trong tỉnh',
  provinceFirst: 'Chọn Tỉnh/TP trước',
  fullName: 'Họ và tên',
  fullNameHint: 'Ví dụ: Trần Văn Bình hoặc Tran Van Binh',
  birthDate: 'Ngày sinh',
  birthDateHint: 'Ngày/tháng/năm, ví dụ 12/03/1988',
  idNumber: 'Số CCCD/CMND',
  idNumberHint: 'Không bắt buộc. 12 số (CCCD) hoặc 9 số (CMND).',
  submit: 'Tra cứu',
  searching: 'Đang tra cứu…',
  verifying: 'Đang xác minh…',
  verifyingHint: 'Hệ thống đang kiểm tra để chống dò tìm tự động. Việc này chỉ mất vài giây.',
  loadFailed: 'Chưa tải được danh sách.',
  found: {
    title: 'Đã tìm thấy',
    code: 'Mã số BHXH',
    name: 'Họ và tên',
    birthDate: 'Ngày sinh',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    copyFailed: 'Không sao chép được, vui lòng chép tay.',
    masked: 'Tên được che bớt để bảo vệ thông tin cá nhân.',
  },
  notFound: {
    title: 'Không tìm thấy mã số BHXH phù hợp',
    advice: [
      'Kiểm tra lại dấu của họ tên, hoặc thử gõ không dấu.',
      'Thử bỏ chọn Phường/Xã (tìm trong cả tỉnh).',
      'Kiểm tra lại ngày sinh và Tỉnh/TP nơi bạn tham gia BHXH.',
    ],
    call: 'Nếu vẫn không tìm thấy, hãy gọi tổng đài',
  },
  ambiguous: {
    title: 'Có nhiều người trùng thông tin này',
    text: 'Vui lòng nhập thêm Số CCCD/CMND rồi bấm "Tra cứu" để tìm đúng mã số của bạn.',
  },
};

type Strings = typeof vi;

const en: Strings = {
  intro:
    'Enter the details exactly as in your social insurance book or ID card. The name may be typed with or without Vietnamese accents.',
  province: 'Province/City',
  provincePlaceholder: 'Choose a province or city',
  commune: 'Ward/Commune',
  communeHint: 'Optional. Choose it if you know it, for a more precise result.',
  anyCommune: 'Any ward or commune of the province',
  provinceFirst: 'Choose the province first',
  fullName: 'Full name',
  fullNameHint: 'E.g. Trần Văn Bình or Tran Van Binh',
  birthDate: 'Date of birth',
  birthDateHint: 'Day/month/year, e.g. 12/03/1988',
  idNumber: 'ID card number (CCCD/CMND)',
  idNumberHint: 'Optional. 12 digits (CCCD) or 9 digits (CMND).',
  submit: 'Look up',
  searching: 'Looking up…',
  verifying: 'Verifying…',
  verifyingHint: 'We are running a short check against automated scraping. It takes a few seconds.',
  loadFailed: 'The list could not be loaded.',
  found: {
    title: 'Found',
    code: 'Social insurance number',
    name: 'Full name',
    birthDate: 'Date of birth',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy; please write it down.',
    masked: 'The name is partly hidden to protect personal data.',
  },
  notFound: {
    title: 'No matching social insurance number was found',
    advice: [
      'Check the accents of the name, or try typing it without accents.',
      'Try without the ward or commune (search the whole province).',
      'Check the date of birth and the province where you are insured.',
    ],
    call: 'If you still cannot find it, call the hotline',
  },
  ambiguous: {
    title: 'Several people match these details',
    text: 'Please also enter your ID card number (Số CCCD/CMND) and tap "Look up" to find your own number.',
  },
};

export type BhxhLookupStrings = Strings;

/** The strings in the active language (re-renders on a language switch). */
export function useBhxhLookupStrings(): BhxhLookupStrings {
  const [lang] = useLang();
  return lang === 'en' ? en : vi;
}
