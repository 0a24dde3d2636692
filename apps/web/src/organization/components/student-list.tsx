import {
  type DriveProgress,
  ROSTER_PAGE_SIZE,
  ROSTER_STATUS_LABELS,
  ROSTER_STATUSES,
  type RosterStatus,
} from '@vssid/contracts';
import { formatDate } from '@vssid/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { formatDateTime } from '../../lib/format-date-time.ts';
import { studentsXlsxUrl } from '../api/declarations-api.ts';
import { exportUrl, type StudentFilter, useStudents } from '../api/org-api.ts';
import { NOTHING, RemindersBar, type Selection } from './reminders-bar.tsx';

interface Props {
  driveId: string;
  progress: DriveProgress;
  /** "Cán bộ khoa": their faculty, no faculty filter to choose. */
  facultyFixed: string | null;
  filter: StudentFilter;
  setFilter: (f: (prev: StudentFilter) => StudentFilter) => void;
}

/** "Danh sách sinh viên": filters, diacritics-insensitive search, pages, CSV export. */
export function StudentList({ driveId, progress, facultyFixed, filter, setFilter }: Props) {
  const { t } = useTranslation('organization');
  const { t: tr } = useTranslation('orgReminders');
  const [lang] = useLang();
  // "Gửi nhắc nhở": chosen rows (kept across pages), or everything the filter matches.
  const [selection, setSelection] = useState<Selection>(NOTHING);
  const isChosen = (code: string) => selection.all || selection.codes.has(code);
  const toggle = (codes: string[], on: boolean) => {
    const next = new Set(
      selection.all ? (list.data?.items ?? []).map((x) => x.studentCode) : selection.codes,
    );
    for (const c of codes) on ? next.add(c) : next.delete(c);
    setSelection({ all: false, codes: next });
  };
  const [typed, setTyped] = useState(filter.q ?? '');
  const [page, setPage] = useState(1);
  // The search follows typing after a short pause (one request, not one per key).
  useEffect(() => {
    const id = setTimeout(() => setFilter((f) => ({ ...f, q: typed.trim() || undefined })), 300);
    return () => clearTimeout(id);
  }, [typed, setFilter]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts at page 1, unselected.
  useEffect(() => {
    setPage(1);
    setSelection(NOTHING);
  }, [filter]);
  const list = useStudents(driveId, filter, page);
  const classes = (
    filter.faculty
      ? progress.faculties.filter((f) => f.faculty === filter.faculty)
      : progress.faculties
  ).flatMap((f) => f.classes.map((c) => c.className));
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / ROSTER_PAGE_SIZE));
  const set = (k: keyof StudentFilter) => (v: string) =>
    setFilter((f) => ({
      ...f,
      [k]: v || undefined,
      ...(k === 'faculty' ? { className: undefined } : {}),
    }));

  return (
    <section className="org-section" aria-labelledby="org-students-title">
      <h2 id="org-students-title">{t('students.title')}</h2>
      <div className="org-filters">
        <div className="field">
          <label className="field__label" htmlFor="org-status">
            {t('students.status')}
          </label>
          <select
            id="org-status"
            className="input"
            value={filter.status ?? ''}
            onChange={(e) => set('status')(e.target.value as RosterStatus | '')}
          >
            <option value="">{t('students.allStatuses')}</option>
            {ROSTER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ROSTER_STATUS_LABELS[s][lang]}
              </option>
            ))}
          </select>
        </div>
        {!facultyFixed && (
          <div className="field">
            <label className="field__label" htmlFor="org-faculty">
              {t('students.faculty')}
            </label>
            <select
              id="org-faculty"
              className="input"
              value={filter.faculty ?? ''}
              onChange={(e) => set('faculty')(e.target.value)}
            >
              <option value="">{t('students.allFaculties')}</option>
              {progress.faculties.map((f) => (
                <option key={f.faculty} value={f.faculty}>
                  {f.faculty}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor="org-class">
            {t('students.className')}
          </label>
          <select
            id="org-class"
            className="input"
            value={filter.className ?? ''}
            onChange={(e) => set('className')(e.target.value)}
          >
            <option value="">{t('students.allClasses')}</option>
            {classes.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="field org-filters__search">
          <label className="field__label" htmlFor="org-search">
            {t('students.search')}
          </label>
          <input
            id="org-search"
            className="input"
            type="search"
            value={typed}
            aria-describedby="org-search-hint"
            onChange={(e) => setTyped(e.target.value)}
          />
          <span className="field__hint" id="org-search-hint">
            {t('students.searchHint')}
          </span>
        </div>
      </div>
      <div className="org-list-bar">
        <p className="bo-table__count" role="status">
          {list.data ? t('students.count', { count: list.data.total }) : t('loading')}
        </p>
        <a
          className="button button--secondary"
          id="org-export"
          href={exportUrl(driveId, filter)}
          download
        >
          {t('students.export')}
        </a>
        <a
          className="button button--secondary"
          id="org-export-xlsx"
          href={studentsXlsxUrl(driveId, filter)}
          download
        >
          {t('declarations.exportXlsx')}
        </a>
      </div>
      <RemindersBar
        driveId={driveId}
        filter={filter}
        total={list.data?.total ?? 0}
        selection={selection}
        setSelection={setSelection}
      />
      <div className="bo-table">
        <div className="bo-table__scroll">
          <table id="org-students" aria-busy={list.isFetching}>
            <thead>
              <tr>
                <th scope="col" className="org-check">
                  <input
                    type="checkbox"
                    aria-label={tr('selectPage')}
                    checked={
                      (list.data?.items.length ?? 0) > 0 &&
                      (list.data?.items.every((x) => isChosen(x.studentCode)) ?? false)
                    }
                    onChange={(e) =>
                      toggle(
                        (list.data?.items ?? []).map((x) => x.studentCode),
                        e.target.checked,
                      )
                    }
                  />
                </th>
                {/* Name and status first: what a phone shows without scrolling sideways. */}
                <th scope="col">{t('students.fullName')}</th>
                <th scope="col">{t('students.status')}</th>
                <th scope="col">{t('students.studentCode')}</th>
                <th scope="col">{t('students.birthDate')}</th>
                <th scope="col">{t('students.faculty')}</th>
                <th scope="col">{t('students.className')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.map((s) => (
                <tr key={s.studentCode}>
                  <td className="org-check">
                    <input
                      type="checkbox"
                      aria-label={tr('select', { name: s.fullName })}
                      checked={isChosen(s.studentCode)}
                      onChange={(e) => toggle([s.studentCode], e.target.checked)}
                    />
                  </td>
                  <td>{s.fullName}</td>
                  <td>
                    <span className={`org-status org-status--${s.status}`}>
                      {ROSTER_STATUS_LABELS[s.status][lang]}
                    </span>
                    {s.rejectReason && (
                      <span className="org-reason">
                        {t('students.reason', { reason: s.rejectReason.label })}
                      </span>
                    )}
                    {s.remindedAt && (
                      <span className="org-reminded">
                        {tr('reminded', { at: formatDateTime(s.remindedAt) })}
                      </span>
                    )}
                  </td>
                  <td>{s.studentCode}</td>
                  <td>{formatDate(s.birthDate)}</td>
                  <td>{s.faculty}</td>
                  <td>{s.className}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list.data && list.data.total === 0 && (
          <p className="bo-table__empty">{t('students.empty')}</p>
        )}
      </div>
      {pages > 1 && (
        <nav className="org-pages" aria-label={t('students.title')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={page <= 1}
            onClick={() => setPage((n) => n - 1)}
          >
            {t('students.prev')}
          </button>
          <span>{t('students.page', { page, pages })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages}
            onClick={() => setPage((n) => n + 1)}
          >
            {t('students.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
