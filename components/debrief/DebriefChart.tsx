import { useId } from 'react';
import { i18n } from '#i18n';
import { formatLocalScore, formatNumber } from '@/utils/domain/format';
import type { Debrief } from '@/utils/domain/debrief/build';
import type { DebriefCategory } from '@/utils/domain/debrief/combine';

/**
 * Per-category scores as a small dot plot, drawn as React SVG elements (no chart library, no
 * HTML strings): one row per category on a 1-5 scale, the min-max range as a bar, each
 * interviewer as a distinct marker (shape and colour, outlined), the debrief mean as a tick and
 * the category minimum as a dashed line. Equal scores in a row are stacked apart, never drawn on
 * top of each other. The same figures are in the table next to it, so the chart is a summary.
 */

export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'triangle-down', 'plus'] as const;
type MarkerKind = (typeof MARKERS)[number];
const COLOURS = ['#0369a1', '#b45309', '#7c3aed', '#047857', '#be123c', '#4d7c0f', '#a21caf', '#334155'];

const LABEL_WIDTH = 190;
const PLOT_WIDTH = 360;
const TOP = 26;
/** Vertical distance between markers of equal score in one row. */
const STACK = 9;

const x = (score: number) => LABEL_WIDTH + ((score - 1) / 4) * PLOT_WIDTH;

function Marker({ kind, cx, cy, colour }: { kind: MarkerKind; cx: number; cy: number; colour: string }) {
  const r = 4.5;
  const outline = { stroke: 'white', strokeWidth: 1 };
  switch (kind) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} fill={colour} {...outline} />;
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={colour} {...outline} />;
    case 'triangle':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} fill={colour} {...outline} />;
    case 'triangle-down':
      return <polygon points={`${cx},${cy + r + 1} ${cx + r + 1},${cy - r} ${cx - r - 1},${cy - r}`} fill={colour} {...outline} />;
    case 'diamond':
      return (
        <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} fill={colour} {...outline} />
      );
    case 'star':
      return (
        <polygon
          points={[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
            .map((i) => {
              const radius = i % 2 ? r * 0.5 : r + 1;
              const angle = (Math.PI / 5) * i - Math.PI / 2;
              return `${cx + radius * Math.cos(angle)},${cy + radius * Math.sin(angle)}`;
            })
            .join(' ')}
          fill={colour}
          {...outline}
        />
      );
    case 'plus':
      return <path d={`M${cx - r},${cy}L${cx + r},${cy}M${cx},${cy - r}L${cx},${cy + r}`} stroke={colour} strokeWidth={2.5} />;
    default:
      return (
        <path d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`} stroke={colour} strokeWidth={2.5} />
      );
  }
}

/** Each marker's vertical offset in its row: markers that share a score are spread evenly around the row's middle. */
export function stackOffsets(scores: readonly (number | null)[]): number[] {
  return scores.map((score, i) => {
    if (score === null) return 0;
    const same = scores.map((s, j) => (s === score ? j : -1)).filter((j) => j >= 0);
    const rank = same.indexOf(i);
    return (rank - (same.length - 1) / 2) * STACK;
  });
}

/** One category's row: its name, minimum, range, mean and each interviewer's marker. */
function CategoryRow({ category, cy, half }: { category: DebriefCategory; cy: number; half: number }) {
  const offsets = stackOffsets(category.scores.map((s) => s.score));
  return (
    <g>
      <text
        x={LABEL_WIDTH - 8}
        y={cy + 4}
        textAnchor="end"
        fontSize={12}
        fill="currentColor"
        fontWeight={category.disagreement ? 700 : 400}
      >
        {category.name.length > 28 ? `${category.name.slice(0, 27)}…` : category.name}
      </text>
      <line x1={x(category.minScore)} x2={x(category.minScore)} y1={cy - half} y2={cy + half} stroke="#be123c" strokeDasharray="3 2" />
      {category.min !== null && category.max !== null && (
        <rect
          x={x(category.min)}
          y={cy - 3}
          width={Math.max(x(category.max) - x(category.min), 1)}
          height={6}
          rx={3}
          fill={category.disagreement ? '#f59e0b' : 'currentColor'}
          fillOpacity={category.disagreement ? 0.6 : 0.15}
        />
      )}
      {category.mean !== null && (
        <line x1={x(category.mean)} x2={x(category.mean)} y1={cy - half} y2={cy + half} stroke="currentColor" strokeWidth={2} />
      )}
      {category.scores.map((s, i) =>
        s.score === null ? null : (
          <Marker key={i} kind={MARKERS[i % MARKERS.length]!} cx={x(s.score)} cy={cy + offsets[i]!} colour={COLOURS[i % COLOURS.length]!} />
        ),
      )}
    </g>
  );
}

export function DebriefChart({ view }: { view: Debrief }) {
  const ids = { title: useId(), desc: useId() };
  const { categories } = view.scores;
  const row = Math.max(34, view.columns.length * STACK + 14);
  const height = TOP + categories.length * row + 10;
  const description = categories
    .map((c) =>
      i18n.t('debrief.chart.row', [
        c.name,
        c.scores.map((s) => i18n.t('debrief.chart.score', [s.interviewer, formatLocalScore(s.score)])).join(', '),
        formatLocalScore(c.mean),
      ]),
    )
    .join('. ');
  return (
    <figure className="space-y-2">
      <svg
        role="img"
        aria-labelledby={`${ids.title} ${ids.desc}`}
        viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + 20} ${height}`}
        className="w-full max-w-2xl text-zinc-800 dark:text-zinc-200"
      >
        <title id={ids.title}>{i18n.t('debrief.chart.title')}</title>
        <desc id={ids.desc}>{description}</desc>
        {[1, 2, 3, 4, 5].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 8} y2={height - 6} stroke="currentColor" strokeOpacity={0.2} />
            <text x={x(tick)} y={TOP - 12} textAnchor="middle" fontSize={11} fill="currentColor">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, r) => (
          <CategoryRow key={category.categoryId} category={category} cy={TOP + r * row + row / 2} half={row / 2 - 3} />
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-3 text-xs">
        {view.columns.map((column, i) => (
          <span key={column.label} className="inline-flex items-center gap-1">
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <Marker kind={MARKERS[i % MARKERS.length]!} cx={7} cy={7} colour={COLOURS[i % COLOURS.length]!} />
            </svg>
            {column.label}
          </span>
        ))}
        <span>{i18n.t('debrief.chart.legendMean')}</span>
        <span>{i18n.t('debrief.chart.legendMinimum')}</span>
        <span>{i18n.t('debrief.chart.legendDisagreement')}</span>
        <span>{i18n.t('debrief.chart.legendStacked')}</span>
      </figcaption>
    </figure>
  );
}
