import {
  type AdminRegistrationQuery,
  REGISTRATION_STATUSES,
  type RegistrationNeighboursQuery,
  type RegistrationStatus,
} from '@vssid/contracts';

export const PAGE_SIZE = 20;

/** The filters as they sit in the address bar, so "back" from a detail finds the same page. */
export interface QueueFilters {
  /** 'all', or one status; the queue opens on what still waits ('pending'). */
  status: RegistrationStatus | 'all';
  from: string;
  to: string;
  q: string;
  /** A registration drive's id ("Đợt đăng ký"), '' for every application. */
  drive: string;
  page: number;
}

export function filtersFrom(params: URLSearchParams): QueueFilters {
  const status = params.get('status');
  return {
    status:
      status === 'all' || REGISTRATION_STATUSES.includes(status as RegistrationStatus)
        ? (status as QueueFilters['status'])
        : 'pending',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    q: params.get('q') ?? '',
    drive: params.get('drive') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

export function filtersToParams(f: QueueFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.status !== 'pending') out.status = f.status;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.q.trim()) out.q = f.q.trim();
  if (f.drive) out.drive = f.drive;
  if (f.page > 1) out.page = String(f.page);
  return out;
}

export function toQuery(f: QueueFilters): AdminRegistrationQuery {
  return {
    status: f.status === 'all' ? undefined : f.status,
    from: f.from || undefined,
    to: f.to || undefined,
    q: f.q.trim() || undefined,
    driveId: f.drive || undefined,
    page: f.page,
    pageSize: PAGE_SIZE,
  };
}

/** The filters without the page: what "previous/next application" follows. */
export function toNeighbourQuery(f: QueueFilters): RegistrationNeighboursQuery {
  const { page: _page, pageSize: _size, ...rest } = toQuery(f);
  return rest;
}
