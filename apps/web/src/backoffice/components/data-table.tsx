import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<R> {
  key: string;
  header: string;
  /** The cell's text (also what the filter searches). */
  text: (row: R) => string;
  className?: string;
}

interface DataTableProps<R> {
  id: string;
  caption: string;
  columns: Column<R>[];
  rows: R[];
  empty: string;
}

/** A dense, filterable table; scrolls sideways inside its own focusable region on a phone. */
export function DataTable<R extends { id: string }>(props: DataTableProps<R>) {
  const { id, caption, columns, rows, empty } = props;
  const { t } = useTranslation('backoffice');
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase('vi');
  const shown = needle
    ? rows.filter((r) => columns.some((c) => c.text(r).toLocaleLowerCase('vi').includes(needle)))
    : rows;
  return (
    <div className="bo-table">
      <div className="bo-table__tools">
        <div className="field">
          <label className="field__label" htmlFor={filterId}>
            {t('table.filter')}
          </label>
          <input
            id={filterId}
            className="input"
            type="search"
            value={filter}
            placeholder={t('table.filterHint')}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        <p className="bo-table__count" role="status">
          {t('table.count', { shown: shown.length, total: rows.length })}
        </p>
      </div>
      <section
        className="bo-table__scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        aria-labelledby={`${id}-caption`}
      >
        <table id={id}>
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                {columns.map((c) => (
                  <td key={c.key} className={c.className}>
                    {c.text(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && (
          <p className="bo-table__empty">{rows.length ? t('table.noMatch') : empty}</p>
        )}
      </section>
    </div>
  );
}
