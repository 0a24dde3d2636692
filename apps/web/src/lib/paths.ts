/** Every URL of the citizen app in one place, so tiles, links and the router never disagree. */
export const PATHS = {
  home: '/',
  login: '/dang-nhap',
  register: '/dang-ky',
  registerStatus: '/dang-ky/trang-thai',
  forgotPassword: '/quen-mat-khau',
  personal: '/ca-nhan',
  bhytCard: '/ca-nhan/the-bhyt',
  participation: '/ca-nhan/qua-trinh-tham-gia',
  benefits: '/ca-nhan/thong-tin-huong',
  medicalBook: '/ca-nhan/so-kham-chua-benh',
  changePassword: '/ca-nhan/doi-mat-khau',
  security: '/ca-nhan/bao-mat',
  publicServices: '/dich-vu-cong',
  onlineServices: '/dich-vu-cong/truc-tuyen',
  trackApplications: '/dich-vu-cong/theo-doi-ho-so',
  lookup: '/tra-cuu',
  lookupBhxhCode: '/tra-cuu/ma-so-bhxh',
  lookupAgency: '/tra-cuu/co-quan-bhxh',
  lookupSickLeaveFacility: '/tra-cuu/cskcb-nghi-viec',
  lookupBhytFacility: '/tra-cuu/cskcb-bhyt',
  lookupEmployer: '/tra-cuu/don-vi',
  lookupCollectionPoint: '/tra-cuu/diem-thu',
  help: '/tro-giup',
  userGuide: '/tro-giup/huong-dan',
  faq: '/tro-giup/hoi-dap',
  chatbot: '/tro-giup/chatbot',
  feedback: '/tro-giup/gop-y',
  /** The back office (officers), a separate lazily loaded area. */
  admin: '/admin',
  /** The organization portal (a university's registration drive), lazily loaded like /admin. */
  organization: '/to-chuc',
} as const;

export const HOTLINE_TEL = 'tel:19009068';
export const SUPPORT_MAILTO = 'mailto:vssid@vss.gov.vn';
