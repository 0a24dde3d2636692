import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date-time.ts';
import { type AuditLogEntry, useAuditLog } from '../api/staff-lists.ts';
import { roleLabel } from '../role-label.ts';
import { BoPage } from './bo-page.tsx';
import { type Column, DataTable } from './data-table.tsx';
import { ListState } from './list-state.tsx';

/** "Nhật ký truy cập" (supervisors, administrators): who did what, to whom, and when. */
export function AuditLogPage() {
  const { t } = useTranslation('backoffice');
  const log = useAuditLog();
  const actions = t('auditLog.actions', { returnObjects: true }) as Record<string, string>;
  const subjects = t('auditLog.subjects', { returnObjects: true }) as Record<string, string>;
  const columns: Column<AuditLogEntry>[] = [
    {
      key: 'at',
      header: t('auditLog.time'),
      className: 'nowrap',
      text: (r) => formatDateTime(r.at),
    },
    {
      key: 'actor',
      header: t('auditLog.actor'),
      text: (r) => `${r.actor} (${roleLabel(t, r.actorRole)})`,
    },
    {
      key: 'action',
      header: t('auditLog.action'),
      text: (r) => actions[r.action.replaceAll('.', '_')] ?? r.action,
    },
    {
      key: 'subject',
      header: t('auditLog.subject'),
      text: (r) =>
        r.subjectBhxhCode ??
        `${subjects[r.subjectType] ?? r.subjectType} ${r.subjectId.slice(0, 8)}`,
    },
  ];
  return (
    <BoPage title={t('shell.auditLog')} lead={t('auditLog.lead')}>
      <ListState pending={log.isPending} error={log.error}>
        <DataTable
          id="audit-log"
          caption={t('shell.auditLog')}
          columns={columns}
          rows={log.data?.items ?? []}
          empty={t('auditLog.empty')}
        />
        {log.data && log.data.total > log.data.items.length && (
          <p className="bo-page__lead">
            {t('auditLog.more', { shown: log.data.items.length, total: log.data.total })}
          </p>
        )}
      </ListState>
    </BoPage>
  );
}
