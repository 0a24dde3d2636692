/** Messages for sign-in and account-security error codes (see auth.ts). */
export const AUTH_MESSAGES = {
  INVALID_CREDENTIALS: {
    vi: 'Mã số BHXH hoặc mật khẩu không đúng. Vui lòng kiểm tra và nhập lại.',
    en: 'The social insurance code or the password is not correct. Please check and try again.',
  },
  STAFF_INVALID_CREDENTIALS: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra và nhập lại.',
    en: 'The username or the password is not correct. Please check and try again.',
  },
  ACCOUNT_LOCKED: {
    vi: 'Bạn đã nhập sai mật khẩu nhiều lần nên tạm thời chưa thể đăng nhập bằng mật khẩu. Vui lòng thử lại sau thời điểm được hiển thị, hoặc đăng nhập bằng vân tay / khuôn mặt, hoặc chọn "Quên mật khẩu?".',
    en: 'The password was entered wrongly too many times, so password sign-in is paused. Please try again after the time shown, sign in with your fingerprint / face, or choose "Forgot password?".',
  },
  ACCOUNT_LOCKED_RESET_REQUIRED: {
    vi: 'Mật khẩu đã bị nhập sai quá nhiều lần nên không thể dùng để đăng nhập nữa. Vui lòng chọn "Quên mật khẩu?" để nhận mật khẩu mới, hoặc đăng nhập bằng vân tay / khuôn mặt.',
    en: 'The password was entered wrongly too many times and can no longer be used to sign in. Please choose "Forgot password?" to get a new one, or sign in with your fingerprint / face.',
  },
  BUSY: {
    vi: 'Hệ thống đang có nhiều lượt đăng nhập. Vui lòng thử lại sau vài giây.',
    en: 'Many people are signing in right now. Please try again in a few seconds.',
  },
  PASSWORD_TOO_SHORT: {
    vi: 'Mật khẩu cần ít nhất 12 ký tự. Bạn có thể dùng một câu dễ nhớ, có dấu cách và dấu tiếng Việt.',
    en: 'The password needs at least 12 characters. A memorable phrase with spaces and accents is welcome.',
  },
  PASSWORD_TOO_LONG: {
    vi: 'Mật khẩu quá dài (tối đa 256 byte). Vui lòng chọn mật khẩu ngắn hơn.',
    en: 'The password is too long (at most 256 bytes). Please choose a shorter one.',
  },
  PASSWORD_BREACHED: {
    vi: 'Mật khẩu này rất phổ biến và dễ bị đoán. Vui lòng chọn mật khẩu khác.',
    en: 'This password is very common and easy to guess. Please choose another one.',
  },
  PASSWORD_TOO_COMMON: {
    vi: 'Mật khẩu này quá phổ biến: nó chủ yếu gồm những từ, tên người hay cụm từ hay dùng (như "matkhau", "baohiemxahoi", họ tên kèm năm sinh) nên dễ bị đoán. Hãy ghép thêm vài từ ít gặp, ví dụ một câu dễ nhớ của riêng bạn.',
    en: 'This password is too common: it is mostly frequently used words, names or phrases (such as "password", "baohiemxahoi", a name and a year), so it is easy to guess. Add a few unusual words, e.g. a memorable sentence of your own.',
  },
  PASSWORD_TOO_GUESSABLE: {
    vi: 'Mật khẩu này quá dễ đoán: nó có ký tự lặp lại, dãy số hoặc chữ liên tiếp, các phím nằm cạnh nhau hoặc ngày tháng. Hãy dùng một câu dễ nhớ gồm vài từ, có dấu cách và dấu tiếng Việt.',
    en: 'This password is too easy to guess: it has repeated characters, runs of numbers or letters, neighbouring keys or dates. Use a memorable sentence of a few words, with spaces and accents.',
  },
  PASSWORD_CONTAINS_PERSONAL: {
    vi: 'Mật khẩu không được chứa mã số BHXH, ngày sinh hoặc họ tên của bạn. Vui lòng chọn mật khẩu khác.',
    en: 'The password must not contain your social insurance code, birth date or name. Please choose another one.',
  },
  PASSWORD_SAME_AS_CURRENT: {
    vi: 'Mật khẩu mới cần khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  PASSWORD_CURRENT_WRONG: {
    vi: 'Mật khẩu hiện tại không đúng. Vui lòng nhập lại.',
    en: 'The current password is not correct. Please enter it again.',
  },
  PASSKEY_FAILED: {
    vi: 'Không xác thực được bằng vân tay / khuôn mặt. Vui lòng thử lại hoặc đăng nhập bằng mật khẩu.',
    en: 'Fingerprint / face sign-in did not succeed. Please try again or sign in with your password.',
  },
  PASSKEY_REGISTRATION_FAILED: {
    vi: 'Chưa cài đặt được đăng nhập bằng vân tay / khuôn mặt. Vui lòng thử lại.',
    en: 'Fingerprint / face sign-in could not be set up. Please try again.',
  },
  TOTP_INVALID: {
    vi: 'Mã xác thực không đúng hoặc đã được dùng. Vui lòng nhập mã mới trong ứng dụng xác thực.',
    en: 'The code is not correct or was already used. Please enter a new code from your authenticator app.',
  },
  TOTP_LOCKED: {
    vi: 'Bạn đã nhập sai mã xác thực nhiều lần nên tạm thời chưa thể đăng nhập bằng mã này. Vui lòng thử lại sau thời điểm được hiển thị, hoặc dùng khóa truy cập (passkey).',
    en: 'The authenticator code was entered wrongly too many times, so code sign-in is paused. Please try again after the time shown, or use a passkey.',
  },
  TOTP_LOCKED_ADMIN_REQUIRED: {
    vi: 'Mã xác thực đã bị nhập sai quá nhiều lần nên không thể dùng để đăng nhập nữa. Vui lòng liên hệ quản trị viên của cơ quan, hoặc dùng khóa truy cập (passkey).',
    en: 'The authenticator code was entered wrongly too many times and can no longer be used. Please contact your agency administrator, or use a passkey.',
  },
  SECOND_FACTOR_EXPIRED: {
    vi: 'Đã quá 5 phút kể từ khi nhập mật khẩu. Vui lòng đăng nhập lại.',
    en: 'More than 5 minutes have passed since you entered your password. Please sign in again.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
