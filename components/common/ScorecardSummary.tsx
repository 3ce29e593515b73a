import { i18n } from '#i18n';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import type { ScoreSummary } from '@/utils/domain/scoring';
import { explainSuggestion } from '@/utils/domain/suggestion';
import { formatClock, type TimerState } from '@/utils/domain/timer';
import { formatLocalScore, formatNumber, formatPercent, NO_VALUE } from '@/utils/domain/format';
import { fillSlots, slot } from './slots';
import { mutedText, overtimeText } from './styles';
import { suggestionSentence } from './suggestion-text';

const th = 'px-1.5 py-1 text-left text-[11px] font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400';
const td = 'px-1.5 py-1 align-top';
const num = `${td} text-right tabular-nums`;

function SectionTimes({ round, timing }: { round: Round; timing: TimerState }) {
  return (
    <table className="w-full text-sm">
      <caption className="mb-1 text-left text-sm font-semibold">{i18n.t('common.scorecard.timesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {i18n.t('common.scorecard.section')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {i18n.t('common.scorecard.spent')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {i18n.t('common.scorecard.plan')}
          </th>
        </tr>
      </thead>
      <tbody>
        {round.sections.map((section, i) => {
          const t = timing.sections[i];
          const over = (t?.overtimeMs ?? 0) > 0;
          return (
            <tr key={section.id} className="border-t border-zinc-200 dark:border-zinc-700">
              <th scope="row" className={`${td} text-left font-normal`}>
                {section.title}
              </th>
              <td className={`${num} ${over ? overtimeText : ''}`}>
                {formatClock(t?.spentMs ?? 0)}
                {over && <span className="block text-xs">{i18n.t('common.scorecard.overBy', [formatClock(t!.overtimeMs)])}</span>}
              </td>
              <td className={num}>{t?.budgetMs != null ? formatClock(t.budgetMs) : NO_VALUE}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="border-t border-zinc-300 font-medium dark:border-zinc-600">
          <th scope="row" className={`${td} text-left`}>
            {i18n.t('common.scorecard.round')}
          </th>
          <td className={`${num} ${timing.roundOvertimeMs > 0 ? overtimeText : ''}`}>{formatClock(timing.roundElapsedMs)}</td>
          <td className={num}>{timing.roundBudgetMs !== null ? formatClock(timing.roundBudgetMs) : NO_VALUE}</td>
        </tr>
      </tfoot>
    </table>
  );
}

const sourceText = (source: ScoreSummary['categories'][number]['source']) =>
  source === 'rating'
    ? i18n.t('common.scorecard.fromRating')
    : source === 'questions'
      ? i18n.t('common.scorecard.fromQuestions')
      : i18n.t('common.scorecard.notAssessed');

/** The sentence under the table: the total (in bold) against the threshold, and what that means. */
function totalSentence(total: number | null, threshold: number | undefined, meets: boolean | null) {
  const figures = [slot(0), slot(1)] as [string, string];
  const message =
    total === null
      ? i18n.t('common.scorecard.totalNothingScored', figures)
      : threshold === undefined
        ? i18n.t('common.scorecard.totalNoThreshold', [slot(0)])
        : meets
          ? i18n.t('common.scorecard.totalMeets', figures)
          : i18n.t('common.scorecard.totalBelow', figures);
  return fillSlots(message, [
    <strong key="total" className="tabular-nums">
      {formatLocalScore(total)}
    </strong>,
    <span key="threshold" className="tabular-nums">
      {formatLocalScore(threshold)}
    </span>,
  ]);
}

/**
 * A kit without a scoring matrix: the plain mean of the scored questions, said as such, and the
 * threshold only when the kit gives one.
 */
function MeanSentence({ kit, score }: { kit: Kit; score: ScoreSummary }) {
  const points = kit.ratingScale.map((p) => p.score);
  const [low, high] = [formatNumber(Math.min(...points)), formatNumber(Math.max(...points))];
  const mean = <strong className="tabular-nums">{formatLocalScore(score.weightedTotal)}</strong>;
  return (
    <>
      <p>
        {score.weightedTotal === null
          ? i18n.t('common.scorecard.meanNothingScored')
          : fillSlots(i18n.t('common.scorecard.mean', score.scoredQuestions, [formatNumber(score.scoredQuestions), slot(0), low, high]), [
              <span key="mean">{mean}</span>,
            ])}
      </p>
      <p className="mt-1">{i18n.t('common.scorecard.noMatrix')}</p>
      {score.meetsThreshold !== null && kit.offerThreshold !== undefined && (
        <p className="mt-1">
          {score.meetsThreshold
            ? i18n.t('common.scorecard.meanMeets', [formatLocalScore(kit.offerThreshold)])
            : i18n.t('common.scorecard.meanBelow', [formatLocalScore(kit.offerThreshold)])}
        </p>
      )}
    </>
  );
}

/** Why the scores suggest what they do, in one sentence; nothing when they suggest nothing. */
function Suggestion({ kit, score }: { kit: Kit; score: ScoreSummary }) {
  const explained = explainSuggestion(score, kit.offerThreshold);
  if (!explained) return null;
  return <p className="mt-2 font-medium">{suggestionSentence(explained, kit.decisionOptions)}</p>;
}

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
  if (score.basis === 'mean')
    return (
      <div className="space-y-4">
        {timing && <SectionTimes round={round} timing={timing} />}
        <div className="rounded-md bg-zinc-100 p-2 text-sm dark:bg-zinc-800">
          <MeanSentence kit={kit} score={score} />
          <Suggestion kit={kit} score={score} />
        </div>
      </div>
    );
  return <MatrixSummary kit={kit} round={round} score={score} timing={timing} />;
}

function MatrixSummary({ kit, round, score, timing }: ScorecardSummaryProps) {
  const inRound = new Set(round.categoryIds);
  const shown = score.categories.filter((c) => inRound.has(c.categoryId) || c.score !== null);
  const failed = score.categories.filter((c) => score.failedMinimums.includes(c.categoryId));
  return (
    <div className="space-y-4">
      {timing && <SectionTimes round={round} timing={timing} />}
      <table className="w-full text-sm">
        <caption className="mb-1 text-left text-sm font-semibold">{i18n.t('common.scorecard.scoresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {i18n.t('common.scorecard.category')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {i18n.t('common.scorecard.weight')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {i18n.t('common.scorecard.min')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {i18n.t('common.scorecard.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.categoryId} className="border-t border-zinc-200 dark:border-zinc-700">
              <th scope="row" className={`${td} text-left font-normal`}>
                {c.name}
                <span className={`block ${mutedText}`}>{sourceText(c.source)}</span>
              </th>
              <td className={num}>{formatPercent(c.weightPct)}</td>
              <td className={num}>{formatLocalScore(c.minScore)}</td>
              <td className={`${num} font-medium ${c.belowMinimum ? overtimeText : ''}`}>
                {formatLocalScore(c.score)}
                {c.belowMinimum && <span className="sr-only"> {i18n.t('common.scorecard.belowMinimum')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rounded-md bg-zinc-100 p-2 text-sm dark:bg-zinc-800">
        <p>{totalSentence(score.weightedTotal, kit.offerThreshold, score.meetsThreshold)}</p>
        {failed.length > 0 ? (
          <div className={`mt-1 ${overtimeText}`}>
            <p className="font-medium">{i18n.t('common.scorecard.failedMinimums')}</p>
            <ul className="list-disc pl-5">
              {failed.map((c) => (
                <li key={c.categoryId}>
                  {i18n.t('common.scorecard.failedMinimum', [c.name, formatLocalScore(c.score), formatLocalScore(c.minScore)])}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          score.weightedTotal !== null && <p className="mt-1">{i18n.t('common.scorecard.noneBelowMinimum')}</p>
        )}
        <Suggestion kit={kit} score={score} />
      </div>
    </div>
  );
}
