import { i18n } from '#i18n';
import { formatLocalScore, formatPercent } from '@/utils/domain/format';
import type { Debrief } from '@/utils/domain/debrief/build';
import { badgeBad, badgeWarn, focusRing, tableCell, tableHeader } from '@/components/common/styles';
import { ColumnMarks } from './ColumnName';

const num = `${tableCell} text-right tabular-nums`;

/** Categories down the side, each interviewer (with their round) across, then mean, lowest, highest and spread. */
export function ScoreTable({ view }: { view: Debrief }) {
  const { kit, scores, columns } = view;
  return (
    // Scrolls sideways in a narrow panel: focusable, so the keyboard can scroll it too.
    <div className={`overflow-x-auto ${focusRing}`} tabIndex={0} role="region" aria-label={i18n.t('debrief.scores.scrollLabel')}>
      <table className="text-sm">
        <caption className="text-left font-semibold">{i18n.t('debrief.scores.caption')}</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className={tableHeader}>
              {i18n.t('debrief.scores.category')}
            </th>
            <th scope="col" className={`${tableHeader} text-right`}>
              {i18n.t('debrief.scores.weight')}
            </th>
            <th scope="col" className={`${tableHeader} text-right`}>
              {i18n.t('debrief.scores.minimum')}
            </th>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`${tableHeader} text-right`}>
                <span className="block">
                  {c.interviewer}
                  <span className="sr-only"> · </span>
                </span>
                <span className="block font-normal">{c.roundTitle}</span>
                <span className="flex flex-wrap justify-end gap-0.5 font-normal">
                  <ColumnMarks column={c} />
                </span>
              </th>
            ))}
            <th scope="col" className={`${tableHeader} text-right`}>
              {i18n.t('debrief.scores.mean')}
            </th>
            <th scope="col" className={`${tableHeader} text-right`}>
              {i18n.t('debrief.scores.lowest')}
            </th>
            <th scope="col" className={`${tableHeader} text-right`}>
              {i18n.t('debrief.scores.highest')}
            </th>
            <th scope="col" className={`${tableHeader} text-right`}>
              {i18n.t('debrief.scores.spread')}
            </th>
            <th scope="col" className={tableHeader}>
              {i18n.t('debrief.scores.notes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {scores.categories.map((c) => (
            <tr
              key={c.categoryId}
              className={`border-b border-zinc-200 dark:border-zinc-800 ${c.disagreement ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}
            >
              <th scope="row" className={`${tableCell} text-left font-normal`}>
                {c.name}
              </th>
              <td className={num}>{formatPercent(c.weightPct)}</td>
              <td className={num}>{formatLocalScore(c.minScore)}</td>
              {c.scores.map((s, i) => (
                <td key={i} className={num}>
                  {formatLocalScore(s.score)}
                </td>
              ))}
              <td className={`${num} font-medium ${c.belowMinimum ? 'text-rose-700 dark:text-rose-300' : ''}`}>
                {formatLocalScore(c.mean)}
              </td>
              <td className={num}>{formatLocalScore(c.min)}</td>
              <td className={num}>{formatLocalScore(c.max)}</td>
              <td className={num}>{formatLocalScore(c.spread)}</td>
              <td className={`${tableCell} space-x-1`}>
                {c.disagreement && <span className={badgeWarn}>{i18n.t('debrief.scores.disagreement')}</span>}
                {c.belowMinimum && <span className={badgeBad}>{i18n.t('debrief.scores.belowMinimum')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-medium">
            <th scope="row" className={`${tableCell} text-left`}>
              {i18n.t('debrief.scores.weightedTotal')}
            </th>
            <td className={`${tableCell} text-right font-normal`} colSpan={2}>
              {kit.offerThreshold === undefined
                ? i18n.t('debrief.scores.noThreshold')
                : i18n.t('debrief.scores.threshold', [formatLocalScore(kit.offerThreshold)])}
            </td>
            {columns.map((c) => (
              <td key={c.label} className={num}>
                {formatLocalScore(c.total)}
              </td>
            ))}
            <td className={num}>{formatLocalScore(scores.weightedTotal)}</td>
            <td className={tableCell} colSpan={4} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
