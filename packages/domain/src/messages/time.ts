import type { DateError } from '../format.ts';
import type { DomainMessage } from '../messages.ts';
import type { MonthError, PeriodError } from '../months.ts';

/** Messages for dates, months and contribution periods. */
export const TIME_MESSAGES: Record<MonthError | PeriodError | DateError, DomainMessage> = {
  MONTH_REQUIRED: {
    vi: 'Vui lòng nhập tháng.',
    en: 'Please enter a month.',
  },
  MONTH_INVALID: {
    vi: 'Tháng không hợp lệ. Vui lòng nhập theo dạng tháng/năm, ví dụ 02/2020.',
    en: 'This is not a valid month. Please use month/year, e.g. 02/2020.',
  },
  PERIOD_FROM_INVALID: {
    vi: 'Tháng bắt đầu không hợp lệ. Vui lòng nhập theo dạng tháng/năm, ví dụ 02/2020.',
    en: 'The start month is not valid. Please use month/year, e.g. 02/2020.',
  },
  PERIOD_TO_INVALID: {
    vi: 'Tháng kết thúc không hợp lệ. Vui lòng nhập theo dạng tháng/năm, ví dụ 09/2020.',
    en: 'The end month is not valid. Please use month/year, e.g. 09/2020.',
  },
  PERIOD_END_BEFORE_START: {
    vi: 'Tháng kết thúc không được trước tháng bắt đầu.',
    en: 'The end month cannot be before the start month.',
  },
  DATE_REQUIRED: {
    vi: 'Vui lòng nhập ngày.',
    en: 'Please enter a date.',
  },
  DATE_FORMAT: {
    vi: 'Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/09/2014.',
    en: 'Please enter the date as day/month/year, e.g. 15/09/2014.',
  },
  DATE_INVALID: {
    vi: 'Ngày này không có trên lịch. Vui lòng kiểm tra lại ngày và tháng.',
    en: 'This day does not exist in the calendar. Please check the day and month.',
  },
};
