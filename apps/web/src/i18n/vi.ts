import { viAuth } from './vi-auth.ts';
import { viFormat } from './vi-format.ts';
import { viLookups } from './vi-lookups.ts';
import { viNoRecords } from './vi-no-records.ts';
import { viRecords } from './vi-records.ts';
import { viRegistration } from './vi-registration.ts';

/**
 * Vietnamese catalogue: the source of truth for every UI string and for the Catalog type that
 * the English catalogue must match key for key. Error messages are not here: they come from
 * `translate()` in @vssid/contracts so the browser and the server say the same thing.
 */
export const vi = {
  app: {
    name: 'VssID – Bảo hiểm xã hội số',
    logo: 'Logo VssID',
  },
  common: {
    back: 'Quay lại',
    required: '(bắt buộc)',
    errorPrefix: 'Lỗi:',
    loading: 'Đang tải…',
    sending: 'Đang gửi…',
    close: 'Đóng',
    retry: 'Thử lại',
  },
  language: {
    label: 'Ngôn ngữ',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  nav: {
    label: 'Điều hướng chính',
    personal: 'QL cá nhân',
    publicServices: 'Dịch vụ công',
    lookup: 'Tra cứu',
    help: 'Trợ giúp',
  },
  tiles: {
    personal: 'Chức năng quản lý cá nhân',
    publicServices: 'Các dịch vụ công',
    lookup: 'Các chức năng tra cứu',
    help: 'Các kênh hỗ trợ',
  },
  offline: 'Bạn đang ngoại tuyến. Nội dung đã lưu vẫn xem được.',
  pwaReady: 'Ứng dụng đã sẵn sàng dùng cả khi không có mạng.',
  errorSummary: { title: 'Có thông tin cần sửa', generalTitle: 'Chưa thực hiện được' },
  signInBanner: {
    text: 'Đăng nhập để xem thông tin cá nhân',
    hint: 'Thẻ BHYT, quá trình tham gia và các chế độ bạn được hưởng.',
  },
  help: {
    hotline: 'Tổng đài 1900 9068',
    email: 'Email hỗ trợ',
  },
  ...viAuth,
  ...viRegistration,
  ...viRecords,
  ...viNoRecords,
  ...viLookups,
  ...viFormat,
  feedback: {
    intro: 'Ý kiến của bạn giúp VssID tốt hơn. Chúng tôi đọc mọi góp ý.',
    category: 'Loại góp ý',
    categories: { question: 'Hỏi đáp', suggestion: 'Góp ý', error: 'Báo lỗi' },
    content: 'Nội dung',
    contentHint: 'Tối thiểu 10 ký tự. Không ghi mật khẩu hay mã OTP.',
    counter: '{{n}}/{{max}} ký tự',
    email: 'Email nhận phản hồi (không bắt buộc)',
    emailHint: 'Để trống nếu bạn không cần trả lời.',
    submit: 'Gửi góp ý',
    successTitle: 'Đã gửi góp ý',
    success: 'Cảm ơn bạn đã góp ý. Mã góp ý: <ref>{{id}}</ref>',
    sendAnother: 'Gửi góp ý khác',
    backToHelp: 'Về trang Trợ giúp',
  },
  comingSoon: {
    heading: 'Chức năng đang được hoàn thiện',
    lead: 'Chức năng này sẽ có trong các bản cập nhật tới.',
  },
  screens: {
    register: {
      title: 'Đăng ký tài khoản',
      description: 'Tại đây bạn sẽ đăng ký tài khoản VssID bằng mã số BHXH và số điện thoại.',
    },
    forgotPassword: {
      title: 'Quên mật khẩu',
      description: 'Tại đây bạn sẽ đặt lại mật khẩu bằng mã OTP gửi tới số điện thoại đã đăng ký.',
    },
    bhytCard: {
      title: 'Thẻ BHYT',
      description: 'Tại đây bạn sẽ xem thẻ BHYT điện tử kèm mã QR để dùng khi đi khám, chữa bệnh.',
    },
    participation: {
      title: 'Quá trình tham gia',
      description: 'Tại đây bạn sẽ xem quá trình đóng BHXH, BHYT, BHTN theo từng tháng.',
    },
    benefits: {
      title: 'Thông tin hưởng',
      description:
        'Tại đây bạn sẽ xem các chế độ đã hưởng: ốm đau, thai sản, thất nghiệp, hưu trí.',
    },
    medicalBook: {
      title: 'Sổ khám chữa bệnh',
      description: 'Tại đây bạn sẽ xem lịch sử khám, chữa bệnh BHYT của mình.',
    },
    changePassword: {
      title: 'Đổi mật khẩu',
      description: 'Tại đây bạn sẽ đổi mật khẩu đăng nhập VssID.',
    },
    onlineServices: {
      title: 'Dịch vụ công trực tuyến',
      description: 'Tại đây bạn sẽ nộp hồ sơ BHXH, BHYT trực tuyến mà không cần đến cơ quan.',
    },
    trackApplications: {
      title: 'Theo dõi hồ sơ',
      description: 'Tại đây bạn sẽ theo dõi tình trạng giải quyết các hồ sơ đã nộp.',
    },
    lookupBhxhCode: {
      title: 'Tra cứu mã số BHXH',
      description: 'Tại đây bạn sẽ tìm mã số BHXH theo họ tên, ngày sinh và nơi cư trú.',
    },
    lookupAgency: {
      title: 'Tra cứu cơ quan bảo hiểm',
      description: 'Tại đây bạn sẽ tìm địa chỉ, số điện thoại cơ quan BHXH theo tỉnh, huyện.',
    },
    lookupSickLeaveFacility: {
      title: 'Tra cứu CSKCB cấp giấy nghỉ việc hưởng BHXH',
      description:
        'Tại đây bạn sẽ tìm cơ sở khám, chữa bệnh được cấp giấy chứng nhận nghỉ việc hưởng BHXH.',
    },
    lookupBhytFacility: {
      title: 'Tra cứu CSKCB ký hợp đồng khám, chữa bệnh BHYT',
      description: 'Tại đây bạn sẽ tìm cơ sở khám, chữa bệnh có hợp đồng khám, chữa bệnh BHYT.',
    },
    lookupEmployer: {
      title: 'Tra cứu đơn vị tham gia BHXH',
      description: 'Tại đây bạn sẽ tra cứu đơn vị đang tham gia BHXH theo tên hoặc mã đơn vị.',
    },
    lookupCollectionPoint: {
      title: 'Tra cứu điểm thu, đại lý thu',
      description: 'Tại đây bạn sẽ tìm điểm thu, đại lý thu BHXH, BHYT gần nơi bạn sống.',
    },
    userGuide: {
      title: 'Hướng dẫn sử dụng',
      description: 'Tại đây bạn sẽ xem hướng dẫn từng bước cho mọi chức năng của VssID.',
    },
    faq: {
      title: 'Hỏi đáp (FAQ)',
      description: 'Tại đây bạn sẽ đọc các câu hỏi thường gặp về BHXH, BHYT và VssID.',
    },
    chatbot: {
      title: 'Chatbot',
      description: 'Tại đây trợ lý tự động sẽ trả lời câu hỏi về BHXH, BHYT mọi lúc.',
    },
    feedback: {
      title: 'Góp ý',
      description: 'Gửi câu hỏi, góp ý hoặc báo lỗi tới BHXH Việt Nam.',
    },
  },
  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Trang bạn mở không tồn tại hoặc đã được chuyển đi.',
    home: 'Về trang chủ',
  },
  routeError: {
    title: 'Đã có lỗi xảy ra',
    text: 'Màn hình này chưa mở được. Vui lòng tải lại trang; nếu vẫn lỗi, hãy gọi 1900 9068.',
    reload: 'Tải lại trang',
  },
  // issue 11 (offline): a screen that needs a connection, opened without one.
  offlineScreen: {
    title: 'Không có kết nối mạng',
    heading: 'Màn hình này chưa dùng được khi không có mạng',
    text: 'Nội dung của màn hình được lấy trực tiếp từ hệ thống BHXH nên cần có mạng. Khi có mạng trở lại, hãy bấm “Thử lại”.',
    cardKept: 'Thẻ BHYT của bạn đã được lưu trên máy này và vẫn xem được khi không có mạng.',
    cardNotKept:
      'Thẻ BHYT xem được cả khi không có mạng sau khi bạn mở nó một lần lúc có mạng (QL cá nhân › Thẻ BHYT).',
    openCard: 'Xem thẻ BHYT',
    serverError:
      'Hệ thống đang tạm gián đoạn nên chưa mở được màn hình này. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy gọi 1900 9068.',
  },
};

export type Catalog = typeof vi;
