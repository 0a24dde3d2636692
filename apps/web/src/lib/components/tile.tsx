import { Link } from 'react-router';
import { Icon } from './icon.tsx';
import type { IconName } from './icon-paths.ts';

interface TileProps {
  icon: IconName;
  label: string;
  /** In-app route. */
  to?: string;
  /** Outside the app: tel:, mailto:. */
  href?: string;
}

/** One item of a tab's first screen: an icon and a short label, the whole card tappable. */
export function Tile({ icon, label, to, href }: TileProps) {
  const body = (
    <>
      <span className="tile__icon">
        <Icon name={icon} size={28} />
      </span>
      <span className="tile__label">{label}</span>
      <Icon name="chevronRight" className="tile__chevron" size={20} />
    </>
  );
  return (
    <li>
      {to ? (
        <Link to={to} className="tile">
          {body}
        </Link>
      ) : (
        <a href={href} className="tile">
          {body}
        </a>
      )}
    </li>
  );
}
