import { useId } from 'react';
import { i18n } from '#i18n';
import { formatLocalScore, formatNumber } from '@/utils/domain/format';
import type { Debrief } from '@/utils/domain/debrief/build';

/**
 * Per-category scores as a small dot plot, drawn as React SVG elements (no chart library,
 * no HTML strings): one row per category on a 1-5 scale, the min-max range as a bar, each
 * interviewer as a distinct marker, the panel mean as a tick and the category minimum as a
 * dashed line. The same figures are in the table next to it, so the chart is a summary.
 */

const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
const COLOURS = ['#0369a1', '#b45309', '#7c3aed', '#047857', '#be123c', '#4d7c0f'];

const LABEL_WIDTH = 190;
const PLOT_WIDTH = 360;
const ROW = 34;
const TOP = 26;

const x = (score: number) => LABEL_WIDTH + ((score - 1) / 4) * PLOT_WIDTH;

function Marker({ kind, cx, cy, colour }: { kind: (typeof MARKERS)[number]; cx: number; cy: number; colour: string }) {
  const r = 5;
  switch (kind) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} fill={colour} />;
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={colour} />;
    case 'triangle':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} fill={colour} />;
    case 'diamond':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} fill={colour} />;
    default:
      return (
        <path d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`} stroke={colour} strokeWidth={2.5} />
      );
  }
}

export function DebriefChart({ debrief }: { debrief: Debrief }) {
  const ids = { title: useId(), desc: useId() };
  const { categories } = debrief.panel;
  const height = TOP + categories.length * ROW + 10;
  const labels = debrief.columns.map((c) => c.label);
  const description = categories
    .map((c) =>
      i18n.t('desk.debriefChart.row', [
        c.name,
        c.scores.map((s) => i18n.t('desk.debriefChart.score', [s.interviewer, formatLocalScore(s.score)])).join(', '),
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
        <title id={ids.title}>{i18n.t('desk.debriefChart.title')}</title>
        <desc id={ids.desc}>{description}</desc>
        {[1, 2, 3, 4, 5].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 8} y2={height - 6} stroke="currentColor" strokeOpacity={0.2} />
            <text x={x(tick)} y={TOP - 12} textAnchor="middle" fontSize={11} fill="currentColor">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {categories.map((category, row) => {
          const cy = TOP + row * ROW + ROW / 2;
          return (
            <g key={category.categoryId}>
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
              <line x1={x(category.minScore)} x2={x(category.minScore)} y1={cy - 12} y2={cy + 12} stroke="#be123c" strokeDasharray="3 2" />
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
              {category.scores.map((s, i) =>
                s.score === null ? null : (
                  <Marker
                    key={i}
                    kind={MARKERS[i % MARKERS.length]!}
                    cx={x(s.score)}
                    cy={cy + ((i % 3) - 1) * 4}
                    colour={COLOURS[i % COLOURS.length]!}
                  />
                ),
              )}
              {category.mean !== null && (
                <line x1={x(category.mean)} x2={x(category.mean)} y1={cy - 10} y2={cy + 10} stroke="currentColor" strokeWidth={2} />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-3 text-xs">
        {labels.map((label, i) => (
          <span key={label} className="inline-flex items-center gap-1">
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <Marker kind={MARKERS[i % MARKERS.length]!} cx={7} cy={7} colour={COLOURS[i % COLOURS.length]!} />
            </svg>
            {label}
          </span>
        ))}
        <span>{i18n.t('desk.debriefChart.legendMean')}</span>
        <span>{i18n.t('desk.debriefChart.legendMinimum')}</span>
        <span>{i18n.t('desk.debriefChart.legendDisagreement')}</span>
      </figcaption>
    </figure>
  );
}
