import { issuesToFieldErrors, statusRequestSchema } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../lib/components/form-error-summary.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import { Screen } from '../../../lib/components/screen.tsx';
import { type FormErrors, fieldError } from '../../../lib/form-errors.ts';
import { PATHS } from '../../../lib/paths.ts';
import { useCheckStatus } from '../api/status.ts';
import { apiErrors } from '../api-errors.ts';
import { useStatusToken } from '../hooks/use-status-token.ts';
import { AnswerField } from './answer-field.tsx';
import { StatusResult } from './status-result.tsx';

const FIELD_IDS = { bhxhCode: 'status-bhxh-code' };

/** "Tra cứu trạng thái đăng ký": the BHXH code plus the token from the mailed link (#t=…). */
export function StatusScreen() {
  const { t } = useTranslation();
  const [lang] = useLang();
  const [params] = useSearchParams();
  const token = useStatusToken();
  const [bhxhCode, setBhxhCode] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const check = useCheckStatus();
  const number = params.get('ma');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (check.isPending) return;
    const parsed = statusRequestSchema.safeParse({ bhxhCode, token });
    if (!parsed.success)
      return setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
    setErrors(null);
    check.mutate(parsed.data, { onError: (error) => setErrors(apiErrors(error, lang)) });
  };

  return (
    <Screen title={t('registration.status.title')} backTo={PATHS.register}>
      {number && <p className="lead">{t('registration.status.forNumber', { number })}</p>}
      {!token ? (
        <Notice id="status-no-token">{t('registration.status.noToken')}</Notice>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-busy={check.isPending}>
          <p className="form__intro">{t('registration.status.lead')}</p>
          {errors && (
            <FormErrorSummary id="status-error-summary" errors={errors} fieldIds={FIELD_IDS} />
          )}
          <AnswerField
            name="bhxhCode"
            id={FIELD_IDS.bhxhCode}
            label={t('registration.fields.bhxhCode')}
            hint={t('registration.fields.bhxhCodeHint')}
            inputMode="numeric"
            autoComplete="username"
            value={bhxhCode}
            error={fieldError(errors, 'bhxhCode', lang)}
            onChange={setBhxhCode}
          />
          <Button type="submit" pending={check.isPending} pendingLabel={t('common.loading')}>
            {t('registration.status.submit')}
          </Button>
        </form>
      )}
      {check.data && <StatusResult status={check.data} />}
    </Screen>
  );
}
