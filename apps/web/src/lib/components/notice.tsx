import type { ReactNode } from 'react';
import { Icon } from './icon.tsx';

interface NoticeProps {
  tone?: 'info' | 'success';
  children: ReactNode;
  id?: string;
}

/** A calm, non-error message (polite live region). */
export function Notice({ tone = 'info', children, id }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role="status" id={id}>
      <Icon name={tone === 'success' ? 'checkCircle' : 'info'} />
      <div>{children}</div>
    </div>
  );
}
