import { useTranslation } from 'react-i18next';

export const STEPS = ['identity', 'address', 'photos', 'agency'] as const;
export type StepName = (typeof STEPS)[number];

/** "1 — 2 — 3 — 4" with each step's name; the current one marked for screen readers too. */
export function StepIndicator({ current }: { current: number }) {
  const { t } = useTranslation();
  return (
    <nav className="steps" aria-label={t('registration.steps.label')}>
      <p className="visually-hidden">
        {t('registration.steps.progress', { n: current, total: STEPS.length })}
      </p>
      <ol className="steps__list">
        {STEPS.map((name, i) => {
          const n = i + 1;
          const state = n < current ? 'done' : n === current ? 'current' : 'todo';
          return (
            <li
              key={name}
              className={`steps__item steps__item--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="steps__number" aria-hidden="true">
                {n}
              </span>
              <span className="steps__name">
                {t(`registration.steps.names.${name}`)}
                {state === 'done' && (
                  <span className="visually-hidden"> {t('registration.steps.done')}</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
