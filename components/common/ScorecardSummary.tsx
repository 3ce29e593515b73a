import type { Kit, Round } from '@/utils/kit/schema';
import { formatScore, type ScoreSummary } from '@/utils/scoring';
import { formatClock, type TimerState } from '@/utils/timer';
import { mutedText, overtimeText } from './styles';

const th = 'px-1.5 py-1 text-left text-[11px] font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400';
const td = 'px-1.5 py-1 align-top';
const num = `${td} text-right tabular-nums`;

function SectionTimes({ round, timing }: { round: Round; timing: TimerState }) {
  return (
    <table className="w-full text-sm">
      <caption className="mb-1 text-left text-sm font-semibold">Time per section</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>Section</th>
          <th scope="col" className={`${th} text-right`}>Spent</th>
          <th scope="col" className={`${th} text-right`}>Plan</th>
        </tr>
      </thead>
      <tbody>
        {round.sections.map((section, i) => {
          const t = timing.sections[i];
          const over = (t?.overtimeMs ?? 0) > 0;
          return (
            <tr key={section.id} className="border-t border-zinc-200 dark:border-zinc-700">
              <th scope="row" className={`${td} text-left font-normal`}>{section.title}</th>
              <td className={`${num} ${over ? overtimeText : ''}`}>
                {formatClock(t?.spentMs ?? 0)}
                {over && <span className="block text-xs">+{formatClock(t!.overtimeMs)} over</span>}
              </td>
              <td className={num}>{t?.budgetMs != null ? formatClock(t.budgetMs) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="border-t border-zinc-300 font-medium dark:border-zinc-600">
          <th scope="row" className={`${td} text-left`}>Round</th>
          <td className={`${num} ${timing.roundOvertimeMs > 0 ? overtimeText : ''}`}>{formatClock(timing.roundElapsedMs)}</td>
          <td className={num}>{timing.roundBudgetMs !== null ? formatClock(timing.roundBudgetMs) : '—'}</td>
        </tr>
      </tfoot>
    </table>
  );
}

const sourceText = { rating: 'your rating', questions: 'from questions', none: 'not assessed' } as const;

export interface ScorecardSummaryProps {
  kit: Kit;
  round: Round;
  score: ScoreSummary;
  /** Time spent per section; left out where timing does not matter (a list of scorecards). */
  timing?: TimerState;
}

/**
 * The scorecard's figures: time against plan, category scores with their
 * minimums, the weighted total against the kit's threshold and what failed.
 * Shared by the panel's end screen and the desk.
 */
export function ScorecardSummary({ kit, round, score, timing }: ScorecardSummaryProps) {
  const inRound = new Set(round.categoryIds);
  const shown = score.categories.filter((c) => inRound.has(c.categoryId) || c.score !== null);
  const failed = score.categories.filter((c) => score.failedMinimums.includes(c.categoryId));
  return (
    <div className="space-y-4">
      {timing && <SectionTimes round={round} timing={timing} />}
      <table className="w-full text-sm">
        <caption className="mb-1 text-left text-sm font-semibold">Category scores</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Category</th>
            <th scope="col" className={`${th} text-right`}>Weight</th>
            <th scope="col" className={`${th} text-right`}>Min</th>
            <th scope="col" className={`${th} text-right`}>Score</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.categoryId} className="border-t border-zinc-200 dark:border-zinc-700">
              <th scope="row" className={`${td} text-left font-normal`}>
                {c.name}
                <span className={`block ${mutedText}`}>{sourceText[c.source]}</span>
              </th>
              <td className={num}>{c.weightPct}%</td>
              <td className={num}>{formatScore(c.minScore)}</td>
              <td className={`${num} font-medium ${c.belowMinimum ? overtimeText : ''}`}>
                {formatScore(c.score)}
                {c.belowMinimum && <span className="sr-only">{' '}(below minimum)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rounded-md bg-zinc-100 p-2 text-sm dark:bg-zinc-800">
        <p>
          Weighted total <strong className="tabular-nums">{formatScore(score.weightedTotal)}</strong> against a threshold of{' '}
          <span className="tabular-nums">{formatScore(kit.offerThreshold)}</span>
          {score.meetsThreshold === null
            ? ': nothing scored yet.'
            : score.meetsThreshold
              ? ': meets the threshold.'
              : ': below the threshold.'}
        </p>
        {failed.length > 0 ? (
          <div className={`mt-1 ${overtimeText}`}>
            <p className="font-medium">Failed minimums:</p>
            <ul className="list-disc pl-5">
              {failed.map((c) => (
                <li key={c.categoryId}>
                  {c.name}: {formatScore(c.score)} (minimum {formatScore(c.minScore)})
                </li>
              ))}
            </ul>
          </div>
        ) : (
          score.weightedTotal !== null && <p className="mt-1">No category is below its minimum.</p>
        )}
      </div>
    </div>
  );
}
