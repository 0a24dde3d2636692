import { useTranslation } from 'react-i18next';
import { Notice } from '../../../lib/components/notice.tsx';
import type { AnswerKey } from '../answers.ts';
import type { QrFilled } from '../hooks/use-qr-fill.ts';

const LABELS: Record<AnswerKey, string> = {
  bhxhCode: 'bhxhCode',
  fullName: 'fullName',
  idNumber: 'idNumber',
  birthDate: 'birthDate',
  provinceCode: 'province',
  communeCode: 'commune',
  street: 'street',
  phone: 'phone',
  agencyId: 'address',
  email: 'address',
};

/** "Đã điền từ mã QR": every field the code filled or replaced, and a way back. */
export function QrFilledNotice({ filled, onUndo }: { filled: QrFilled; onUndo: () => void }) {
  const { t } = useTranslation();
  const replaced = filled.changes.some((c) => c.from !== '');
  return (
    <Notice tone="success" id="qr-filled">
      <p className="notice__title">{t('registration.qr.filled')}</p>
      {filled.changes.length === 0 ? (
        <p>{t('registration.qr.nothing')}</p>
      ) : (
        <ul className="notice__list">
          {filled.changes.map((c) => {
            const field = t(
              `registration.fields.${LABELS[c.key]}` as 'registration.fields.fullName',
            );
            const from = c.shown?.from ?? c.from;
            const to = c.shown?.to ?? c.to;
            return (
              <li key={c.key}>
                {from
                  ? t('registration.qr.changed', { field, from, to })
                  : t('registration.qr.added', { field, to })}
              </li>
            );
          })}
        </ul>
      )}
      {replaced && (
        <button type="button" className="link-button" onClick={onUndo}>
          {t('registration.qr.undo')}
        </button>
      )}
    </Notice>
  );
}
