import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type AgencyPage,
  agencyPageSchema,
  type CollectionPointPage,
  collectionPointPageSchema,
  type EmployerPage,
  employerPageSchema,
  type FacilityPage,
  facilityPageSchema,
  LOOKUP_PAGE_SIZE,
} from '@vssid/contracts';
import { apiFetch } from '../../../../lib/api.ts';
import { apiQuery, type DirectoryId, type DirectoryParams } from '../directory-params.ts';

export interface DirectoryPages {
  agencies: AgencyPage;
  sickLeave: FacilityPage;
  bhyt: FacilityPage;
  employers: EmployerPage;
  collectionPoints: CollectionPointPage;
}
export type AnyDirectoryPage = DirectoryPages[DirectoryId];

const ENDPOINTS: Record<DirectoryId, { path: string; parse: (data: unknown) => AnyDirectoryPage }> =
  {
    agencies: { path: '/api/lookups/agencies', parse: (d) => agencyPageSchema.parse(d) },
    sickLeave: {
      path: '/api/lookups/sick-leave-facilities',
      parse: (d) => facilityPageSchema.parse(d),
    },
    bhyt: { path: '/api/lookups/bhyt-facilities', parse: (d) => facilityPageSchema.parse(d) },
    employers: { path: '/api/lookups/employers', parse: (d) => employerPageSchema.parse(d) },
    collectionPoints: {
      path: '/api/lookups/collection-points',
      parse: (d) => collectionPointPageSchema.parse(d),
    },
  };

/**
 * GET /api/lookups/<directory> for the params in the URL. The previous page stays on screen
 * while the next one loads (no blank flash between keystrokes or pages).
 */
export function useDirectorySearch<Id extends DirectoryId>(id: Id, params: DirectoryParams) {
  const query = apiQuery(id, params, LOOKUP_PAGE_SIZE);
  return useQuery({
    queryKey: ['lookups', id, query],
    queryFn: ({ signal }) =>
      apiFetch(`${ENDPOINTS[id].path}?${query}`, {
        signal,
        parse: (data) => ENDPOINTS[id].parse(data) as DirectoryPages[Id],
      }),
    placeholderData: keepPreviousData,
    // Directories change by import, not by the minute.
    staleTime: 5 * 60_000,
    // Offline, say so at once (with "Thử lại") rather than wait paused; retry a 5xx once.
    networkMode: 'always',
    retry: (failures, error) => (error as { status?: number }).status === 503 && failures < 1,
  });
}
