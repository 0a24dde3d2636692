import { type MouseEvent, useEffect, useRef } from 'react';

export interface SummaryItem {
  /** Id of the control to move to (the first radio of a group); none for a form-level error. */
  target?: string;
  message: string;
}

interface ErrorSummaryProps {
  id: string;
  title: string;
  /** A message that belongs to no field (server unavailable, network…). */
  message?: string;
  items: SummaryItem[];
  /** A new value (each failed submit) moves focus to the summary again. */
  focusKey: unknown;
}

// Focus the control itself, but scroll its whole field into view so the label is visible too.
function moveTo(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const control = document.getElementById(target);
  if (!control) return;
  event.preventDefault();
  (control.closest('.field') ?? control).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

/** GOV.UK error summary: top of the form, focused after a failed submit, links to each field. */
export function ErrorSummary({ id, title, message, items, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger on purpose
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  return (
    <div
      className="error-summary"
      id={id}
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
    >
      <h2 className="error-summary__title" id={`${id}-title`}>
        {title}
      </h2>
      {message && <p className="error-summary__message">{message}</p>}
      {items.length > 0 && (
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.target ?? item.message}>
              {item.target ? (
                <a href={`#${item.target}`} onClick={(e) => moveTo(e, item.target ?? '')}>
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
