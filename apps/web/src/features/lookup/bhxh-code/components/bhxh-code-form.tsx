import {
  type BhxhCodeLookupResult,
  bhxhCodeLookupRequestSchema,
  issuesToFieldErrors,
} from '@vssid/contracts';
import { parseDate } from '@vssid/domain';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../../i18n/use-lang.ts';
import { Button } from '../../../../lib/components/button.tsx';
import { FormErrorSummary } from '../../../../lib/components/form-error-summary.tsx';
import { FormField } from '../../../../lib/components/form-field.tsx';
import { SearchablePicker } from '../../../../lib/components/searchable-picker.tsx';
import { TextField } from '../../../../lib/components/text-field.tsx';
import { errorsFromApi, type FormErrors, fieldError } from '../../../../lib/form-errors.ts';
import { useCommunes, useProvinces } from '../../../registration/api/admin-units.ts';
import { withDateSlashes } from '../../../registration/birth-date-input.ts';
import { type LookupProgress, lookupWithChallenge } from '../api/bhxh-code-lookup.ts';
import { useBhxhLookupStrings } from '../strings.ts';
import { AmbiguousNotice, BhxhCodeResult } from './bhxh-code-result.tsx';

export const FIELD_IDS = {
  provinceCode: 'bhxh-province',
  communeCode: 'bhxh-commune',
  fullName: 'bhxh-full-name',
  birthDate: 'bhxh-birth-date',
  idNumber: 'bhxh-id-number',
} as const;

const EMPTY = { provinceCode: '', communeCode: '', fullName: '', birthDate: '', idNumber: '' };
type Draft = typeof EMPTY;

/** What is sent: the typed dd/mm/yyyy as ISO when it is a real date (the schema refuses the rest). */
function toRequest(d: Draft) {
  const date = parseDate(d.birthDate);
  return { ...d, birthDate: date.ok ? date.value : d.birthDate.trim() };
}

/**
 * "Tra cứu mã số BHXH": Tỉnh/TP, Phường/Xã, Họ và tên, Ngày sinh, Số CCCD/CMND. Checked here with
 * the contract's schema, then by the server; what was typed is never cleared.
 */
export function BhxhCodeForm() {
  const { t } = useTranslation();
  const s = useBhxhLookupStrings();
  const [lang] = useLang();
  const provinces = useProvinces();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const communes = useCommunes(draft.provinceCode);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [result, setResult] = useState<BhxhCodeLookupResult | null>(null);
  const [progress, setProgress] = useState<LookupProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const err = (field: keyof Draft) => fieldError(errors, field, lang);

  const communeOptions = useMemo(
    () =>
      communes.data
        ? [
            { value: '', label: s.anyCommune },
            ...communes.data.map((c) => ({ value: c.code, label: c.name })),
          ]
        : undefined,
    [communes.data, s.anyCommune],
  );

  // Several people match: Số CCCD/CMND tells them apart, so that is where the person goes next.
  useEffect(() => {
    if (result?.status === 'ambiguous') document.getElementById(FIELD_IDS.idNumber)?.focus();
  }, [result]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (progress) return;
    const parsed = bhxhCodeLookupRequestSchema.safeParse(toRequest(draft));
    setResult(null);
    if (!parsed.success) {
      setErrors({ fields: issuesToFieldErrors(parsed.error.issues, lang) });
      return;
    }
    setErrors(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      setResult(await lookupWithChallenge(parsed.data, setProgress, controller.signal));
    } catch (error) {
      if (!controller.signal.aborted) setErrors(errorsFromApi(error, lang));
    } finally {
      if (!controller.signal.aborted) setProgress(null);
    }
  };

  const noProvince = draft.provinceCode === '';
  const verifying = progress?.phase === 'verifying' ? progress : null;
  return (
    <>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={progress !== null}>
        {errors && (
          <FormErrorSummary id="bhxh-error-summary" errors={errors} fieldIds={FIELD_IDS} />
        )}
        <FormField
          id={FIELD_IDS.provinceCode}
          label={s.province}
          required
          error={err('provinceCode')}
        >
          {(control) => (
            <select
              {...control}
              className="input bhxh-select"
              name="provinceCode"
              value={draft.provinceCode}
              aria-busy={provinces.isPending || undefined}
              onChange={(e) => update({ provinceCode: e.target.value, communeCode: '' })}
            >
              <option value="">
                {provinces.isPending ? t('common.loading') : s.provincePlaceholder}
              </option>
              {provinces.data?.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {provinces.isError && (
          <p className="field__hint">
            {s.loadFailed}{' '}
            <button type="button" className="link-button" onClick={() => provinces.refetch()}>
              {t('common.retry')}
            </button>
          </p>
        )}
        <FormField
          id={FIELD_IDS.communeCode}
          label={s.commune}
          hint={s.communeHint}
          error={err('communeCode')}
        >
          {(control) => (
            <SearchablePicker
              {...control}
              options={communeOptions ?? []}
              value={draft.communeCode}
              onChange={(communeCode) => update({ communeCode })}
              toggleLabel={t('registration.picker.open')}
              noResults={t('registration.picker.noResults')}
              countLabel={(count) => t('registration.picker.count', { count })}
              placeholder={
                noProvince ? s.provinceFirst : communeOptions ? s.anyCommune : t('common.loading')
              }
              disabled={noProvince || !communeOptions}
            />
          )}
        </FormField>
        <TextField
          id={FIELD_IDS.fullName}
          name="fullName"
          label={s.fullName}
          hint={s.fullNameHint}
          required
          autoComplete="name"
          autoCapitalize="words"
          maxLength={100}
          value={draft.fullName}
          error={err('fullName')}
          onChange={(fullName) => update({ fullName })}
        />
        <TextField
          id={FIELD_IDS.birthDate}
          name="birthDate"
          label={s.birthDate}
          hint={s.birthDateHint}
          required
          inputMode="numeric"
          autoComplete="bday"
          placeholder="dd/mm/yyyy"
          maxLength={10}
          value={draft.birthDate}
          error={err('birthDate')}
          onChange={(v) => update({ birthDate: withDateSlashes(v, draft.birthDate) })}
        />
        {result?.status === 'ambiguous' && <AmbiguousNotice />}
        <TextField
          id={FIELD_IDS.idNumber}
          name="idNumber"
          label={s.idNumber}
          hint={s.idNumberHint}
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={draft.idNumber}
          error={err('idNumber')}
          onChange={(idNumber) => update({ idNumber: idNumber.replace(/\D/g, '') })}
        />
        <Button
          type="submit"
          pending={progress !== null}
          pendingLabel={verifying ? s.verifying : s.searching}
        >
          {verifying ? s.verifying : progress ? s.searching : s.submit}
        </Button>
        {verifying && (
          <div className="bhxh-verifying" id="bhxh-verifying">
            <progress
              className="bhxh-verifying__bar"
              max={1}
              value={verifying.done}
              aria-label={s.verifying}
            />
            <p className="field__hint">{s.verifyingHint}</p>
          </div>
        )}
      </form>
      {result && <BhxhCodeResult result={result} />}
    </>
  );
}
