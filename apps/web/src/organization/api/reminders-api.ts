import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  drivePosterSchema,
  type ReminderRequest,
  type ReminderResult,
  reminderResultSchema,
} from '@vssid/contracts';
import { apiFetch } from '../../lib/api.ts';
import { ADMIN_SESSION_KEY } from '../../lib/session.ts';

const KEY = [...ADMIN_SESSION_KEY, 'org'] as const;

/** "Gửi nhắc nhở": the list and the counts are fetched again after (the "Đã nhắc" dates). */
export function useSendReminders(driveId: string) {
  const client = useQueryClient();
  return useMutation<ReminderResult, Error, ReminderRequest>({
    mutationFn: (body) =>
      apiFetch(`/api/admin/org/drives/${driveId}/reminders`, {
        method: 'POST',
        body,
        parse: (d) => reminderResultSchema.parse(d),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...KEY, 'students', driveId] }),
  });
}

export const usePoster = (driveId: string) =>
  useQuery({
    queryKey: [...KEY, 'poster', driveId],
    queryFn: ({ signal }) =>
      apiFetch(`/api/admin/org/drives/${driveId}/poster`, {
        signal,
        parse: (d) => drivePosterSchema.parse(d),
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
