import { useMutation } from '@tanstack/react-query';
import { registrationStatusSchema } from '@vssid/contracts';
import { apiFetch } from '../../../lib/api.ts';

/** POST /api/registrations/status — "Tra cứu trạng thái đăng ký" with the mailed token. */
export function useCheckStatus() {
  return useMutation({
    mutationFn: (body: { bhxhCode: string; token: string }) =>
      apiFetch('/api/registrations/status', {
        method: 'POST',
        body,
        parse: (data) => registrationStatusSchema.parse(data),
      }),
  });
}
