import type { EmployerStatus, FacilityLevel } from '@vssid/contracts';

/** The five directories with a search screen (the BHXH code lookup is a form of its own). */
export type DirectoryId = 'agencies' | 'sickLeave' | 'bhyt' | 'employers' | 'collectionPoints';

/** Everything a search screen shows, as it is kept in the URL (so back, reload and share keep it). */
export interface DirectoryParams {
  q: string;
  provinceCode: string;
  communeCode: string;
  page: number;
  /** "Gần tôi": both or neither, as typed in the URL (4 decimals ≈ 10 m). */
  lat: string;
  lng: string;
  /** BHYT facilities only. */
  initialRegistration: boolean;
  level: FacilityLevel | '';
  /** Employers only. */
  status: EmployerStatus | '';
}

const LEVELS: readonly string[] = ['initial', 'basic', 'specialized'];
const STATUSES: readonly string[] = ['active', 'suspended', 'terminated'];

export function readParams(search: URLSearchParams): DirectoryParams {
  const page = Number(search.get('page') ?? '1');
  const level = search.get('level') ?? '';
  const status = search.get('status') ?? '';
  const lat = search.get('lat') ?? '';
  const lng = search.get('lng') ?? '';
  const located = lat !== '' && lng !== '';
  return {
    q: search.get('q') ?? '',
    provinceCode: search.get('provinceCode') ?? '',
    communeCode: search.get('communeCode') ?? '',
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
    lat: located ? lat : '',
    lng: located ? lng : '',
    initialRegistration: search.get('initialRegistration') === 'true',
    level: LEVELS.includes(level) ? (level as FacilityLevel) : '',
    status: STATUSES.includes(status) ? (status as EmployerStatus) : '',
  };
}

/** Only what is set, in a stable order, so URLs stay short and equal searches share a cache entry. */
export function writeParams(params: DirectoryParams): URLSearchParams {
  const out = new URLSearchParams();
  const q = params.q.trim();
  if (q) out.set('q', q);
  if (params.provinceCode) out.set('provinceCode', params.provinceCode);
  if (params.provinceCode && params.communeCode) out.set('communeCode', params.communeCode);
  if (params.initialRegistration) out.set('initialRegistration', 'true');
  if (params.level) out.set('level', params.level);
  if (params.status) out.set('status', params.status);
  if (params.lat && params.lng) {
    out.set('lat', params.lat);
    out.set('lng', params.lng);
  }
  if (params.page > 1) out.set('page', String(params.page));
  return out;
}

/** The query string the API gets for a screen's params (page always, extras only where they exist). */
export function apiQuery(id: DirectoryId, params: DirectoryParams, pageSize: number): string {
  const out = writeParams({
    ...params,
    initialRegistration: id === 'bhyt' && params.initialRegistration,
    level: id === 'bhyt' ? params.level : '',
    status: id === 'employers' ? params.status : '',
    lat: id === 'employers' ? '' : params.lat,
    lng: id === 'employers' ? '' : params.lng,
  });
  out.set('page', String(params.page));
  out.set('pageSize', String(pageSize));
  return out.toString();
}
