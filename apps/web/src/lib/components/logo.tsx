import { useTranslation } from 'react-i18next';

interface LogoProps {
  size?: number;
  className?: string;
}

/**
 * Our own mark (not the agency's trademark): a blue shield sheltering two people, "BHXH"
 * below, on a white disc so it stays visible on the blue header. Same drawing as
 * public/favicon.svg and public/icons/*.svg.
 */
export function Logo({ size = 40, className }: LogoProps) {
  const { t } = useTranslation();
  const white = '#fff';
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 64 64"
      focusable="false"
      role="img"
      aria-label={t('app.logo')}
    >
      <circle cx="32" cy="32" r="32" fill={white} />
      <path d="M32 6 52 13v17c0 13-8.5 22.5-20 28-11.5-5.5-20-15-20-28V13Z" fill="#0A6ECF" />
      <path
        d="M18.5 22Q32 8 45.5 22"
        fill="none"
        stroke={white}
        strokeWidth="3.2"
        strokeLinecap="round"
      />
      <circle cx="27.5" cy="25" r="2.7" fill={white} />
      <circle cx="36.5" cy="25" r="2.7" fill={white} />
      <path d="M23 32.5a4.5 4.5 0 0 1 9 0ZM32 32.5a4.5 4.5 0 0 1 9 0Z" fill={white} />
      <text
        x="32"
        y="45"
        fill={white}
        fontFamily="'Be Vietnam Pro', Arial, sans-serif"
        fontSize="11.5"
        fontWeight="700"
        textAnchor="middle"
      >
        BHXH
      </text>
    </svg>
  );
}
