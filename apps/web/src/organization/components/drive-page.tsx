import { type OrgOverview, ROSTER_STATUS_LABELS, ROSTER_STATUSES } from '@vssid/contracts';
import { formatDate } from '@vssid/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../../i18n/use-lang.ts';
import { PATHS } from '../../lib/paths.ts';
import { reportUrl } from '../api/declarations-api.ts';
import { type StudentFilter, useDriveProgress } from '../api/org-api.ts';
import { FacultyTable } from './faculty-table.tsx';
import { RosterUpload } from './roster-upload.tsx';
import { LoadError, Loading } from './states.tsx';
import { StudentList } from './student-list.tsx';

const num = (n: number) => n.toLocaleString('vi-VN');

/** A drive: countdown, percentage to 100 %, the four counts, per khoa, the list, the upload. */
export function DrivePage({ overview }: { overview: OrgOverview }) {
  const { t } = useTranslation('organization');
  const { t: tr } = useTranslation('orgReminders');
  const [lang] = useLang();
  const { driveId } = useParams();
  const drive = overview.drives.find((d) => d.id === driveId) ?? overview.drives[0]!;
  const progress = useDriveProgress(drive.id);
  const [filter, setFilter] = useState<StudentFilter>({});
  useEffect(() => {
    document.title = `${drive.name} · ${t('app.title')}`;
  }, [drive.name, t]);

  if (progress.isPending) return <Loading />;
  if (progress.isError) return <LoadError retry={() => progress.refetch()} />;
  const p = progress.data;
  const countdown = p.ended
    ? t('drive.ended')
    : p.daysLeft === 0
      ? t('drive.lastDay')
      : t('drive.daysLeft', { count: p.daysLeft });
  return (
    <>
      <h1 className="bo-page__title" tabIndex={-1}>
        {drive.name}
      </h1>
      <p className="org-meta">
        <span>{t('drive.deadline', { date: formatDate(drive.deadline) })}</span>
        <strong className={p.ended ? 'org-countdown org-countdown--ended' : 'org-countdown'}>
          {countdown}
        </strong>
        <span>{t('drive.agency', { name: drive.agency.name })}</span>
        {overview.faculty && <span>{t('drive.faculty', { faculty: overview.faculty })}</span>}
      </p>
      <p className="org-drive-actions">
        <Link
          className="button button--secondary"
          id="org-poster"
          to={`${PATHS.organization}/dot/${drive.id}/ap-phich`}
        >
          {tr('poster')}
        </Link>
      </p>

      <section className="org-progress" aria-labelledby="org-progress-title">
        <h2 id="org-progress-title" className="visually-hidden">
          {t('drive.progress')}
        </h2>
        <div className="org-percent">
          <span className="org-percent__value" id="org-percent">
            {p.percent} %
          </span>
          <span className="org-percent__label">
            {t('drive.percent')} ·{' '}
            {t('drive.percentOf', {
              // "Đã nộp tờ khai" is approved too (ROSTER_STATUSES).
              approved: num(p.counts.approved + p.counts.declared),
              total: num(p.total),
            })}
          </span>
          <progress max={100} value={p.percent} aria-labelledby="org-progress-title" />
        </div>
        <ul className="org-counts">
          {ROSTER_STATUSES.map((s) => (
            <li key={s}>
              <button
                type="button"
                className={`org-count org-count--${s}`}
                aria-pressed={filter.status === s}
                onClick={() => setFilter((f) => ({ ...f, status: f.status === s ? undefined : s }))}
              >
                <span className="org-count__n">{num(p.counts[s])}</span>
                <span className="org-count__label">{ROSTER_STATUS_LABELS[s][lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <Link
        className="button button--secondary org-declarations-link"
        id="org-declarations-link"
        to={`${PATHS.organization}/dot/${drive.id}/to-khai`}
      >
        {t('declarations.open')}
      </Link>
      <a
        className="button button--secondary org-declarations-link"
        id="org-report"
        href={reportUrl(drive.id)}
        download
      >
        {t('declarations.report')}
      </a>
      <FacultyTable progress={p} />
      {/* Above the list: importing the roster is the first thing to do, and its report stays
          in view after the counts below change. */}
      {overview.role === 'org_unit' && <RosterUpload driveId={drive.id} />}
      <StudentList
        driveId={drive.id}
        progress={p}
        facultyFixed={overview.faculty}
        filter={filter}
        setFilter={setFilter}
      />
    </>
  );
}
