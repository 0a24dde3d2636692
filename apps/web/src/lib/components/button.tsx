import type { ButtonHTMLAttributes, MouseEvent } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary';
  /** Shows the spinner and swallows further presses until the request settles. */
  pending?: boolean;
  /** Announced while pending ("Đang gửi…"). */
  pendingLabel?: string;
}

/**
 * aria-disabled rather than disabled while pending: the button keeps focus (so keyboard
 * and screen-reader users are not thrown to the top) but a second press does nothing.
 */
export function Button({
  variant = 'primary',
  pending = false,
  pendingLabel,
  className,
  children,
  onClick,
  type = 'button',
  ...rest
}: ButtonProps) {
  const guard = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  const classes = ['button', `button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <>
      <button
        {...rest}
        type={type}
        className={classes}
        aria-disabled={pending || undefined}
        data-pending={pending || undefined}
        onClick={guard}
      >
        {pending && <span className="spinner" aria-hidden="true" />}
        <span>{children}</span>
      </button>
      {/* outside the button, so its accessible name stays the visible label */}
      <span className="visually-hidden" role="status">
        {pending ? pendingLabel : ''}
      </span>
    </>
  );
}
