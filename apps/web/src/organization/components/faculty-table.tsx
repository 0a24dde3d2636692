import { type DriveProgress, ROSTER_STATUS_LABELS, ROSTER_STATUSES } from '@vssid/contracts';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';

const num = (n: number) => n.toLocaleString('vi-VN');

/** "Theo khoa": each faculty's counts and rate, its classes below it. */
export function FacultyTable({ progress }: { progress: DriveProgress }) {
  const { t } = useTranslation('organization');
  const [lang] = useLang();
  return (
    <section className="org-section" aria-labelledby="org-faculties-title">
      <h2 id="org-faculties-title">{t('faculties.title')}</h2>
      {progress.faculties.length === 0 ? (
        <p className="org-note">{t('faculties.empty')}</p>
      ) : (
        <div className="bo-table">
          <div className="bo-table__scroll">
            <table id="org-faculties">
              <thead>
                <tr>
                  <th scope="col">{t('faculties.faculty')}</th>
                  <th scope="col" className="num">
                    {t('faculties.total')}
                  </th>
                  {ROSTER_STATUSES.map((s) => (
                    <th scope="col" className="num" key={s}>
                      {ROSTER_STATUS_LABELS[s][lang]}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('faculties.percent')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {progress.faculties.map((f) => (
                  <Fragment key={f.faculty}>
                    <tr className="org-faculty-row">
                      <th scope="row">{f.faculty}</th>
                      <td className="num">{num(f.total)}</td>
                      {ROSTER_STATUSES.map((s) => (
                        <td className="num" key={s}>
                          {num(f.counts[s])}
                        </td>
                      ))}
                      <td className="num">{f.percent} %</td>
                    </tr>
                    {f.classes.map((c) => (
                      <tr className="org-class-row" key={c.className}>
                        <th scope="row">
                          <span className="visually-hidden">{t('faculties.className')} </span>
                          {c.className}
                        </th>
                        <td className="num">{num(c.total)}</td>
                        {ROSTER_STATUSES.map((s) => (
                          <td className="num" key={s}>
                            {num(c.counts[s])}
                          </td>
                        ))}
                        <td className="num">{c.percent} %</td>
                      </tr>
                    ))}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
