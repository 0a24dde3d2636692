import type { DirectoryAdminItem, DirectoryKind, SessionInfo } from '@vssid/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useProvinces } from '../../../features/registration/api/admin-units.ts';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { PATHS } from '../../../lib/paths.ts';
import { BoPage } from '../../components/bo-page.tsx';
import { ListState } from '../../components/list-state.tsx';
import { useDirectoryList } from '../api/directories.ts';
import { DirectoryTabs } from './directory-tabs.tsx';

interface Props {
  kind: DirectoryKind;
  role: SessionInfo['account']['role'];
}

/** "Danh mục tra cứu": one directory, searched and paged in the address bar. */
export function DirectoryListPage({ kind, role }: Props) {
  const { t } = useTranslation('backoffice');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const provinceCode = params.get('province') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useDirectoryList(kind, { q, provinceCode, page });
  const nationwide = role === 'administrator';
  const go = (next: { q?: string; province?: string; page?: number }) => {
    const out: Record<string, string> = {};
    const nq = next.q ?? q;
    const np = next.province ?? provinceCode;
    if (nq.trim()) out.q = nq.trim();
    if (np) out.province = np;
    if ((next.page ?? 1) > 1) out.page = String(next.page);
    setParams(out);
  };
  const search = params.toString() ? `?${params.toString()}` : '';
  return (
    <BoPage title={t('directories.title')} lead={t('directories.lead')}>
      <DirectoryTabs current={kind} />
      <Filters
        key={`${kind}:${q}:${provinceCode}`}
        q={q}
        provinceCode={provinceCode}
        nationwide={nationwide}
        onApply={(nq, np) => go({ q: nq, province: np, page: 1 })}
      />
      {!nationwide && <p className="dir-scope">{t('directories.scopeProvince')}</p>}
      <ListState pending={list.isPending} error={list.isPlaceholderData ? null : list.error}>
        {list.data && (
          <div className="bo-table">
            <Pager
              page={page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              onPage={(p) => go({ page: p })}
            />
            <DirectoryTable rows={list.data.items} search={search} busy={list.isFetching} />
          </div>
        )}
      </ListState>
      <p className="dir-links">
        <Link to={`moi${search}`} className="button button--secondary button--small">
          {t('directories.addNew')}
        </Link>
        <Link to={`${PATHS.admin}/nhap-du-lieu?kind=${kind}`}>{t('directories.importLink')}</Link>
      </p>
    </BoPage>
  );
}

function Filters(props: {
  q: string;
  provinceCode: string;
  nationwide: boolean;
  onApply: (q: string, provinceCode: string) => void;
}) {
  const { t } = useTranslation('backoffice');
  const provinces = useProvinces();
  const [q, setQ] = useState(props.q);
  const [province, setProvince] = useState(props.provinceCode);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onApply(q, province);
  };
  return (
    <form
      className="bo-filters dir-filters"
      onSubmit={submit}
      aria-label={t('directories.filters.label')}
    >
      <div className="field bo-filters__search">
        <label className="field__label" htmlFor="dir-q">
          {t('directories.filters.q')}
        </label>
        <input
          id="dir-q"
          className="input"
          type="search"
          maxLength={100}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {props.nationwide && (
        <div className="field">
          <label className="field__label" htmlFor="dir-province">
            {t('directories.filters.province')}
          </label>
          <select
            id="dir-province"
            className="input"
            value={province}
            onChange={(e) => setProvince(e.target.value)}
          >
            <option value="">{t('directories.filters.allProvinces')}</option>
            {(provinces.data ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="bo-filters__actions">
        <button type="submit" className="button button--primary button--small">
          {t('directories.filters.submit')}
        </button>
        {(props.q || props.provinceCode) && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => props.onApply('', '')}
          >
            {t('directories.filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

function Pager(p: { page: number; pageSize: number; total: number; onPage: (n: number) => void }) {
  const { t } = useTranslation('backoffice');
  if (p.total === 0) return null;
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const from = (p.page - 1) * p.pageSize + 1;
  const to = Math.min(p.total, p.page * p.pageSize);
  return (
    <nav className="bo-pager" aria-label={t('directories.pager.label')}>
      <p className="bo-pager__count" role="status">
        {t('directories.table.count', {
          from: from.toLocaleString('vi-VN'),
          to: to.toLocaleString('vi-VN'),
          total: p.total.toLocaleString('vi-VN'),
        })}
      </p>
      <div className="bo-pager__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={p.page <= 1}
          onClick={() => p.onPage(p.page - 1)}
        >
          {t('directories.pager.prev')}
        </button>
        <span className="bo-pager__page">
          {t('directories.pager.page', { page: p.page, pages })}
        </span>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={p.page >= pages}
          onClick={() => p.onPage(p.page + 1)}
        >
          {t('directories.pager.next')}
        </button>
      </div>
    </nav>
  );
}

function DirectoryTable(p: { rows: DirectoryAdminItem[]; search: string; busy: boolean }) {
  const { t } = useTranslation('backoffice');
  const h = (key: string) => t(`directories.table.${key}` as 'directories.table.code');
  return (
    <section
      className={p.busy ? 'bo-table__scroll bo-table__scroll--busy' : 'bo-table__scroll'}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      aria-labelledby="dir-caption"
      aria-busy={p.busy}
    >
      <table id="directory-table" className="dir-table">
        <caption id="dir-caption">{h('caption')}</caption>
        <thead>
          <tr>
            {['code', 'name', 'address', 'phone', 'updatedAt'].map((key) => (
              <th key={key} scope="col">
                {h(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.id}>
              <td className="nowrap tabular">{r.code}</td>
              <th scope="row" className="dir-table__name">
                {/* the name opens the edit form (first thing a phone sees, Tab row to row) */}
                <Link
                  to={`${r.id}${p.search}`}
                  aria-label={t('directories.table.editLabel', { name: r.name })}
                >
                  {r.name}
                </Link>
                {r.demo && <span className="dir-demo">{h('demo')}</span>}
              </th>
              <td className="dir-table__address">
                {r.address}
                {/* the place, when the address does not already say it */}
                {!r.address.includes(r.provinceName) && (
                  <span className="dir-table__place">
                    {[r.communeName, r.provinceName].filter(Boolean).join(', ')}
                  </span>
                )}
              </td>
              <td className="nowrap tabular">{r.phone ?? '–'}</td>
              <td className="nowrap">{formatDateTime(r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.rows.length === 0 && <p className="bo-table__empty">{h('empty')}</p>}
    </section>
  );
}
