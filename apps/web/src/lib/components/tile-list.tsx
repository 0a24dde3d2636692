import type { ReactNode } from 'react';

interface TileListProps {
  /** Names the list for screen readers ("Các chức năng tra cứu"). */
  label: string;
  /** 'grid' for short labels, 'list' for long ones (the lookups). */
  layout?: 'grid' | 'list';
  children: ReactNode;
}

export function TileList({ label, layout = 'grid', children }: TileListProps) {
  return (
    <ul className={`tiles tiles--${layout}`} aria-label={label}>
      {children}
    </ul>
  );
}
