/** Messages for registration error codes (see registration.ts). Vietnamese first, then English. */
export const REGISTRATION_MESSAGES = {
  DRAFT_NOT_FOUND: {
    vi: 'Không tìm thấy hồ sơ đăng ký đang làm dở (hồ sơ chưa gửi được giữ 7 ngày). Vui lòng bắt đầu đăng ký lại.',
    en: 'Your unfinished registration was not found (unsent registrations are kept 7 days). Please start again.',
  },
  REGISTRATION_ALREADY_SUBMITTED: {
    vi: 'Hồ sơ này đã được gửi nên không thể sửa. Bạn có thể tra cứu trạng thái đăng ký.',
    en: 'This registration has already been sent and can no longer be changed. You can check its status.',
  },
  REGISTRATION_RATE_LIMITED: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lúc rồi thử lại.',
    en: 'Too many attempts. Please wait a while and try again.',
  },
  BHXH_CODE_NOT_FOUND: {
    vi: 'Không tìm thấy mã số BHXH này. Vui lòng kiểm tra lại mã trên thẻ BHYT hoặc sổ BHXH.',
    en: 'This social insurance number was not found. Please check it against your health insurance card or social insurance book.',
  },
  NAME_MISMATCH: {
    vi: 'Họ và tên chưa khớp với mã số BHXH đã nhập. Vui lòng kiểm tra lại họ và tên (hoặc mã số BHXH).',
    en: 'The full name does not match the social insurance number entered. Please check the name (or the number).',
  },
  FULL_NAME_REQUIRED: { vi: 'Vui lòng nhập họ và tên.', en: 'Please enter your full name.' },
  FULL_NAME_INVALID: {
    vi: 'Họ và tên chỉ gồm chữ cái và khoảng trắng, không có chữ số hay ký tự đặc biệt.',
    en: 'A full name may contain letters and spaces only, no digits or symbols.',
  },
  BIRTH_DATE_REQUIRED: { vi: 'Vui lòng nhập ngày sinh.', en: 'Please enter your date of birth.' },
  BIRTH_DATE_INVALID: {
    vi: 'Ngày sinh không hợp lệ. Vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2005.',
    en: 'The date of birth is not valid. Please use day/month/year, e.g. 05/09/2005.',
  },
  PROVINCE_REQUIRED: { vi: 'Vui lòng chọn Tỉnh - TP.', en: 'Please choose a province or city.' },
  COMMUNE_REQUIRED: { vi: 'Vui lòng chọn Phường - Xã.', en: 'Please choose a ward or commune.' },
  PROVINCE_NOT_FOUND: {
    vi: 'Tỉnh - TP đã chọn không còn trong danh mục. Vui lòng chọn lại.',
    en: 'The chosen province is not in the list. Please choose again.',
  },
  COMMUNE_NOT_IN_PROVINCE: {
    vi: 'Phường - Xã đã chọn không thuộc Tỉnh - TP này. Vui lòng chọn lại Phường - Xã.',
    en: 'The chosen ward or commune is not in this province. Please choose it again.',
  },
  STREET_REQUIRED: {
    vi: 'Vui lòng nhập số nhà, tên đường, tổ/xóm, khu phố/thôn.',
    en: 'Please enter the house number, street, hamlet or neighbourhood.',
  },
  APPLICATION_EXISTS: {
    vi: 'Mã số BHXH này đã có hồ sơ đăng ký đang chờ duyệt. Vui lòng chờ cơ quan BHXH xử lý hoặc tra cứu trạng thái qua đường dẫn trong email đã nhận.',
    en: 'An application for this social insurance number is already awaiting approval. Please wait for the agency, or check its status with the link in the email you received.',
  },
  ACCOUNT_EXISTS: {
    vi: 'Mã số BHXH này đã có tài khoản VssID. Vui lòng đăng nhập, hoặc dùng "Quên mật khẩu?" nếu bạn không nhớ mật khẩu.',
    en: 'This social insurance number already has a VssID account. Please sign in, or use "Forgot password?" if you do not remember it.',
  },
  CONSENT_REQUIRED: {
    vi: 'Vui lòng đồng ý cho cơ quan BHXH xử lý ảnh chân dung và ảnh giấy tờ tùy thân trước khi tải ảnh lên.',
    en: 'Please agree to the processing of your portrait and ID photos before uploading them.',
  },
  PHOTO_TOO_LARGE: {
    vi: 'Ảnh quá lớn (tối đa 10 MB). Vui lòng chụp lại hoặc chọn ảnh nhỏ hơn.',
    en: 'The photo is too large (10 MB at most). Please take it again or choose a smaller one.',
  },
  PHOTO_TYPE_UNSUPPORTED: {
    vi: 'Tệp này không phải ảnh JPEG, PNG, WebP hoặc HEIC. Vui lòng chọn đúng tệp ảnh.',
    en: 'This file is not a JPEG, PNG, WebP or HEIC picture. Please choose a photo.',
  },
  PHOTO_TOO_SMALL: {
    vi: 'Ảnh quá nhỏ (cần ít nhất 300 x 300 điểm ảnh). Vui lòng chụp lại rõ nét hơn.',
    en: 'The photo is too small (at least 300 x 300 pixels). Please take a clearer one.',
  },
  PHOTO_DIMENSIONS_TOO_LARGE: {
    vi: 'Ảnh có kích thước quá lớn (tối đa 60 triệu điểm ảnh). Vui lòng chụp lại bằng máy ảnh của điện thoại hoặc chọn ảnh nhỏ hơn.',
    en: 'The picture’s dimensions are too large (60 megapixels at most). Please take it again with your phone’s camera or choose a smaller one.',
  },
  PHOTO_BUSY: {
    vi: 'Hệ thống đang xử lý nhiều ảnh cùng lúc. Vui lòng thử tải ảnh lên lại sau vài giây.',
    en: 'Many photos are being processed right now. Please try uploading again in a few seconds.',
  },
  PHOTO_UNREADABLE: {
    vi: 'Không đọc được ảnh này (tệp có thể bị hỏng). Vui lòng chụp lại hoặc chọn ảnh khác.',
    en: 'This picture cannot be read (the file may be damaged). Please take or choose another one.',
  },
  PHOTO_FILE_REQUIRED: { vi: 'Vui lòng chọn hoặc chụp ảnh.', en: 'Please choose or take a photo.' },
  PHOTO_REQUIRED: { vi: 'Vui lòng tải lên ảnh này.', en: 'Please upload this photo.' },
  REGISTRATION_INCOMPLETE: {
    vi: 'Hồ sơ còn thiếu thông tin. Vui lòng bổ sung các mục được đánh dấu.',
    en: 'The registration is incomplete. Please complete the marked items.',
  },
  APPLICANT_NOT_VERIFIED: {
    vi: 'Vui lòng hoàn tất bước điền thông tin cá nhân và bấm "Tiếp tục".',
    en: 'Please complete the personal details step and tap "Continue".',
  },
  AGENCY_REQUIRED: {
    vi: 'Vui lòng chọn cơ quan BHXH tiếp nhận.',
    en: 'Please choose the receiving social insurance agency.',
  },
  AGENCY_NOT_FOUND: {
    vi: 'Cơ quan BHXH đã chọn không có trong danh sách. Vui lòng chọn lại.',
    en: 'The chosen agency is not in the list. Please choose again.',
  },
  EMAIL_TAKEN: {
    vi: 'Email này đã được dùng cho một mã số BHXH khác. Mỗi email chỉ được đăng ký cho 1 mã số BHXH; vui lòng dùng email khác.',
    en: 'This email is already used for another social insurance number. Each email can be registered for one number only; please use another email.',
  },
  OTP_NOT_SENT: {
    vi: 'Chưa có mã OTP cho hồ sơ này. Vui lòng bấm "Gửi" để nhận mã qua email.',
    en: 'No code has been sent for this registration yet. Please tap "Send" to receive one by email.',
  },
  STATUS_TOKEN_REQUIRED: {
    vi: 'Vui lòng mở đường dẫn tra cứu trong email xác nhận đăng ký.',
    en: 'Please open the status link in your registration email.',
  },
  STATUS_NOT_FOUND: {
    vi: 'Không tìm thấy hồ sơ với mã số BHXH và đường dẫn này. Vui lòng kiểm tra mã số BHXH và mở lại đường dẫn trong email.',
    en: 'No application matches this social insurance number and link. Please check the number and open the link in the email again.',
  },
  REJECT_REASON_REQUIRED: {
    vi: 'Vui lòng chọn lý do từ chối.',
    en: 'Please choose a reason for refusing.',
  },
  REJECT_NOTE_REQUIRED: {
    vi: 'Vui lòng ghi rõ lý do từ chối để người đăng ký biết cần làm gì.',
    en: 'Please describe the reason so the applicant knows what to do.',
  },
  DECISION_ALREADY_MADE: {
    vi: 'Hồ sơ này đã được xử lý. Vui lòng tải lại danh sách.',
    en: 'This application has already been decided. Please reload the list.',
  },
  UNDO_WINDOW_CLOSED: {
    vi: 'Đã quá thời gian hoàn tác: quyết định đã có hiệu lực và thư đã được gửi cho người đăng ký.',
    en: 'Too late to undo: the decision has taken effect and the email has been sent to the applicant.',
  },
  NOTHING_TO_UNDO: {
    vi: 'Hồ sơ này chưa được xử lý nên không có gì để hoàn tác.',
    en: 'This application has not been decided, so there is nothing to undo.',
  },
  UNDO_CONFLICT: {
    vi: 'Không hoàn tác được: người đăng ký đã gửi một hồ sơ mới sau quyết định này.',
    en: 'Cannot undo: the applicant has already sent a new application after this decision.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
