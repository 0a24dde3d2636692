import { formatMoney, formatMonth, monthIndex, type YearMonth } from '@vssid/domain';
import { useTranslation } from 'react-i18next';

interface SalaryChartProps {
  points: readonly { month: string; salary: number }[];
}

const W = 320;
const H = 190;
const PAD = { left: 8, right: 8, top: 34, bottom: 30 };

/** Insured salary as a step line (a salary holds until the next change), drawn by hand in SVG. */
export function SalaryChart({ points }: SalaryChartProps) {
  const { t } = useTranslation();
  const months = points.map((p) => monthIndex(p.month as YearMonth));
  const first = months[0] ?? 0;
  const end = (months[months.length - 1] ?? first) + 12;
  const max = Math.max(...points.map((p) => p.salary), 1);
  const min = Math.min(...points.map((p) => p.salary));
  const x = (m: number) => PAD.left + ((m - first) / (end - first)) * (W - PAD.left - PAD.right);
  const y = (s: number) => H - PAD.bottom - (s / max) * (H - PAD.top - PAD.bottom);
  const path = points
    .map((p, i) => {
      const next = months[i + 1] ?? end;
      const m = months[i] ?? first;
      return `${i === 0 ? 'M' : 'L'}${x(m).toFixed(1)} ${y(p.salary).toFixed(1)}H${x(next).toFixed(1)}`;
    })
    .join('');
  const area = `${path}V${H - PAD.bottom}H${PAD.left}Z`;
  const firstMonth = points[0]?.month ?? '';
  const lastMonth = points[points.length - 1]?.month ?? '';
  const label = t('records.participation.chartLabel', {
    from: formatMonth(firstMonth as YearMonth),
    to: formatMonth(lastMonth as YearMonth),
    min: formatMoney(min),
    max: formatMoney(max),
  });
  return (
    <figure className="card salary-chart" id="salary-chart">
      <figcaption>{t('records.participation.chart')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(max)} y2={y(max)} stroke="#d5dee9" />
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#687385" />
        <text x={PAD.left} y={y(max) - 8} fontSize="16" fill="#4b5563">
          {formatMoney(max)}
        </text>
        <path d={area} fill="#e8f2fc" />
        <path d={path} fill="none" stroke="#0a6ecf" strokeWidth="3" strokeLinejoin="round" />
        <text x={PAD.left} y={H - 6} fontSize="16" fill="#4b5563">
          {firstMonth.slice(0, 4)}
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize="16" fill="#4b5563" textAnchor="end">
          {lastMonth.slice(0, 4)}
        </text>
      </svg>
    </figure>
  );
}
