import { useTranslation } from 'react-i18next';
import type { Answers } from '../answers.ts';
import { useCommunes, useProvinces } from '../api/admin-units.ts';
import { ADDRESS_IDS } from '../field-ids.ts';
import { UnitPicker } from './unit-picker.tsx';

interface AddressPickersProps {
  answers: Answers;
  update: (patch: Partial<Answers>) => void;
  err: (field: string) => string | undefined;
}

/** "Tỉnh - TP", then "Phường - Xã" of that province (units in force since 1 July 2025). */
export function AddressPickers({ answers, update, err }: AddressPickersProps) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const communes = useCommunes(answers.provinceCode);
  const noProvince = answers.provinceCode === '';
  return (
    <>
      <UnitPicker
        id={ADDRESS_IDS.provinceCode}
        label={t('registration.fields.province')}
        error={err('provinceCode')}
        options={provinces.data?.map((p) => ({ value: p.code, label: p.name }))}
        failed={provinces.isError}
        onRetry={() => void provinces.refetch()}
        placeholder={t('registration.picker.provincePlaceholder')}
        value={answers.provinceCode}
        onChange={(provinceCode) =>
          provinceCode !== answers.provinceCode && update({ provinceCode, communeCode: '' })
        }
      />
      <UnitPicker
        id={ADDRESS_IDS.communeCode}
        label={t('registration.fields.commune')}
        hint={t('registration.fields.communeHint')}
        error={err('communeCode')}
        options={communes.data?.map((c) => ({ value: c.code, label: c.name }))}
        failed={communes.isError}
        onRetry={() => void communes.refetch()}
        placeholder={
          noProvince
            ? t('registration.picker.provinceFirst')
            : t('registration.picker.communePlaceholder')
        }
        disabled={noProvince}
        value={answers.communeCode}
        onChange={(communeCode) => update({ communeCode })}
      />
    </>
  );
}
