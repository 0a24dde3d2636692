import type { adminRegistrationSummarySchema } from '@vssid/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { StatusBadge } from './status-badge.tsx';

type Row = z.infer<typeof adminRegistrationSummarySchema>;

interface QueueTableProps {
  rows: readonly Row[];
  /** The list's own query string, carried to the detail so its back link returns here. */
  search: string;
  busy: boolean;
}

/** The queue: one application per row, its number a link (Tab moves row to row). */
export function QueueTable({ rows, search, busy }: QueueTableProps) {
  const { t } = useTranslation('backoffice');
  const h = (key: string) => t(`registrations.table.${key}` as 'registrations.table.number');
  return (
    <section
      className={busy ? 'bo-table__scroll bo-table__scroll--busy' : 'bo-table__scroll'}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      aria-labelledby="queue-caption"
      aria-busy={busy}
    >
      <table id="queue-table" className="queue-table">
        <caption id="queue-caption">{h('caption')}</caption>
        <thead>
          <tr>
            {[
              'number',
              'submittedAt',
              'fullName',
              'bhxhCode',
              'idNumber',
              'registry',
              'status',
            ].map((key) => (
              <th key={key} scope="col">
                {h(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`${r.id}${search}`} className="queue__link">
                  {r.applicationNumber}
                </Link>
              </th>
              <td className="nowrap">{formatDateTime(r.submittedAt)}</td>
              <td>{r.fullName}</td>
              <td className="nowrap tabular">{r.bhxhCode}</td>
              <td className="nowrap tabular">{r.idNumber}</td>
              <td className={`registry registry--${r.registryResult}`}>
                {t(`registrations.registry.${r.registryResult}`)}
              </td>
              <td>
                <StatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="bo-table__empty">{h('empty')}</p>}
    </section>
  );
}
