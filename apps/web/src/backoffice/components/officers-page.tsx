import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date-time.ts';
import { type StaffAccount, useOfficers } from '../api/staff-lists.ts';
import { roleLabel } from '../role-label.ts';
import { BoPage } from './bo-page.tsx';
import { type Column, DataTable } from './data-table.tsx';
import { ListState } from './list-state.tsx';

/** "Cán bộ" (administrators): the agency's staff accounts and their second factors. */
export function OfficersPage() {
  const { t } = useTranslation('backoffice');
  const officers = useOfficers();
  const factor = (f: 'totp' | 'passkey') => t(`officers.factors.${f}`);
  const columns: Column<StaffAccount>[] = [
    { key: 'username', header: t('officers.username'), text: (r) => r.username },
    { key: 'name', header: t('officers.name'), text: (r) => r.displayName },
    { key: 'role', header: t('officers.role'), text: (r) => roleLabel(t, r.role) },
    { key: 'email', header: t('officers.email'), text: (r) => r.maskedEmail ?? '' },
    {
      key: 'factors',
      header: t('officers.secondFactors'),
      text: (r) => r.secondFactors.map(factor).join(', ') || t('officers.noFactor'),
    },
    {
      key: 'createdAt',
      header: t('officers.createdAt'),
      className: 'nowrap',
      text: (r) => formatDateTime(r.createdAt),
    },
  ];
  return (
    <BoPage title={t('shell.officers')} lead={t('officers.lead')}>
      <ListState pending={officers.isPending} error={officers.error}>
        <DataTable
          id="officers"
          caption={t('shell.officers')}
          columns={columns}
          rows={officers.data ?? []}
          empty={t('officers.empty')}
        />
      </ListState>
    </BoPage>
  );
}
