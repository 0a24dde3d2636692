import { boDirectoriesVi } from '../directories/i18n-vi.ts';
import { boImportsVi } from '../imports/i18n-vi.ts';
import { boRegistrationsVi } from '../registrations/i18n-vi.ts';

/**
 * The back office's own strings (i18next namespace "backoffice"), bundled with its lazy chunk
 * so citizens never download them. Vietnamese is the source; en.ts must match key for key.
 */
export const boVi = {
  ...boRegistrationsVi,
  ...boImportsVi,
  ...boDirectoriesVi,
  app: { title: 'VssID – Cổng cán bộ', short: 'Cổng cán bộ' },
  signIn: {
    title: 'Đăng nhập cán bộ',
    lead: 'Dành cho cán bộ cơ quan BHXH. Cần mật khẩu và một lớp xác thực thứ hai.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    pending: 'Đang đăng nhập…',
    locked: 'Tài khoản tạm khóa đăng nhập bằng mật khẩu đến {{time}}.',
    totpLocked:
      'Đăng nhập bằng mã xác thực tạm khóa đến {{time}} vì nhập sai nhiều lần. Bạn vẫn có thể dùng passkey.',
  },
  secondFactor: {
    title: 'Xác thực lớp thứ hai',
    lead: 'Nhập mã 6 số đang hiện trong ứng dụng xác thực của bạn, hoặc dùng passkey đã đăng ký.',
    code: 'Mã xác thực (6 số)',
    submit: 'Xác nhận',
    pending: 'Đang xác nhận…',
    or: 'hoặc',
    passkey: 'Dùng passkey',
    passkeyPending: 'Đang chờ passkey…',
    passkeyCancelled: 'Chưa xác thực được bằng passkey. Bạn có thể thử lại hoặc nhập mã.',
    cancel: 'Đăng nhập bằng tài khoản khác',
  },
  shell: {
    nav: 'Chức năng quản trị',
    applications: 'Hồ sơ đăng ký',
    auditLog: 'Nhật ký truy cập',
    officers: 'Cán bộ',
    imports: 'Nhập dữ liệu',
    directories: 'Danh mục tra cứu',
    signOut: 'Đăng xuất',
    signingOut: 'Đang đăng xuất…',
    forbidden: 'Bạn không có quyền xem trang này.',
    notFound: 'Không tìm thấy trang này.',
  },
  roles: {
    citizen: 'Công dân',
    officer: 'Cán bộ tiếp nhận',
    supervisor: 'Giám sát viên',
    administrator: 'Quản trị viên',
    org_unit: 'Cán bộ đơn vị',
    org_faculty: 'Cán bộ khoa',
  },
  auditLog: {
    lead: 'Các lần đăng nhập, đăng xuất và thao tác quan trọng trong cơ quan, mới nhất trước.',
    time: 'Thời gian',
    actor: 'Người thực hiện',
    action: 'Hoạt động',
    subject: 'Đối tượng',
    empty: 'Chưa có bản ghi nào.',
    more: 'Đang hiển thị {{shown}} bản ghi mới nhất trong tổng số {{total}}.',
    actions: {
      auth_sign_in: 'Đăng nhập',
      auth_sign_out: 'Đăng xuất',
      registration_list: 'Xem danh sách hồ sơ',
      registration_view: 'Xem hồ sơ đăng ký',
      registration_approve: 'Duyệt hồ sơ đăng ký',
      registration_reject: 'Từ chối hồ sơ đăng ký',
    } as Record<string, string>,
    subjects: {
      account: 'Tài khoản',
      agency: 'Cơ quan',
      registration: 'Hồ sơ',
    } as Record<string, string>,
  },
  officers: {
    lead: 'Tài khoản cán bộ của cơ quan bạn.',
    username: 'Tên đăng nhập',
    name: 'Họ tên',
    role: 'Vai trò',
    email: 'Email',
    secondFactors: 'Xác thực lớp hai',
    factors: { totp: 'Ứng dụng xác thực', passkey: 'Passkey' },
    noFactor: 'Chưa có',
    createdAt: 'Ngày tạo',
    empty: 'Chưa có cán bộ nào.',
  },
  table: {
    filter: 'Lọc',
    filterHint: 'Gõ để lọc theo bất kỳ cột nào.',
    count: 'Hiển thị {{shown}} / {{total}} dòng',
    noMatch: 'Không có dòng nào khớp với bộ lọc.',
  },
};

export type BackofficeCatalog = typeof boVi;
