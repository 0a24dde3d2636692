/** Issue 11: what the records screens say when BHXH holds nothing yet (not an error). */
export const viNoRecords = {
  noRecords: {
    cardTitle: 'Chưa có thẻ BHYT trong hồ sơ',
    cardBody: 'Cơ quan BHXH chưa có thông tin thẻ BHYT của bạn.',
    whoIssues:
      'Nếu bạn là học sinh, sinh viên hoặc người lao động, nhà trường hoặc đơn vị nơi bạn làm việc lập hồ sơ cấp thẻ cho bạn. Nếu không, hãy liên hệ:',
    agencyUnknown: 'Hãy liên hệ cơ quan BHXH tỉnh, thành phố nơi bạn cư trú để được hướng dẫn.',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    hours: 'Giờ làm việc',
    // The insurance named inside a sentence (the tabs' labels are records.schemes).
    schemes: { bhxh: 'BHXH', bhyt: 'BHYT', bhtn: 'BHTN', bhtnld: 'BHTNLĐ' },
    participationTitle: 'Chưa có quá trình tham gia {{scheme}}',
    participationBody:
      'Hồ sơ BHXH của bạn chưa ghi nhận tháng đóng {{scheme}} nào. Nếu bạn đã đóng mà không thấy ở đây, hãy liên hệ đơn vị nơi bạn làm việc, nhà trường hoặc cơ quan BHXH nơi bạn cư trú.',
  },
};
