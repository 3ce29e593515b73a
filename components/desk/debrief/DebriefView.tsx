import { formatScore } from '@/utils/scoring';
import { decisionLabel, type Debrief, type GatheredFlag } from '@/utils/debrief-view';
import { mutedText } from '@/components/common/styles';
import { badgeBad, badgeGood, badgeNeutral, badgeWarn, td, th } from '../ui';
import { DebriefChart } from './DebriefChart';

/** The panel's figures for one candidate, laid out for the decision meeting (and for print). */

function Flags({ title, flags, empty }: { title: string; flags: GatheredFlag[]; empty: string }) {
  return (
    <section aria-label={title} className="space-y-1">
      <h4 className="font-semibold">{title}</h4>
      {flags.length === 0 ? (
        <p className={mutedText}>{empty}</p>
      ) : (
        <ul className="list-disc pl-5 text-sm">
          {flags.map((f, i) => (
            <li key={i}>
              {f.text} <span className={mutedText}>({f.by}{f.at ? ` at ${f.at}` : ''})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function DebriefView({ debrief }: { debrief: Debrief }) {
  const { kit, panel, columns } = debrief;
  const failed = panel.categories.filter((c) => c.belowMinimum);
  return (
    <div className="space-y-5">
      <div className="rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-800">
        <p>
          Panel weighted total <strong className="tabular-nums">{formatScore(panel.weightedTotal)}</strong> against a threshold of{' '}
          {formatScore(kit.offerThreshold)}:{' '}
          {panel.meetsThreshold === null ? (
            'nothing scored yet.'
          ) : panel.meetsThreshold ? (
            <span className={badgeGood}>meets the threshold</span>
          ) : (
            <span className={badgeBad}>below the threshold</span>
          )}
        </p>
        <p className="mt-1">
          {failed.length === 0
            ? 'No category is below its minimum.'
            : `Below minimum: ${failed.map((c) => `${c.name} (${formatScore(c.mean)}, minimum ${formatScore(c.minScore)})`).join('; ')}.`}
        </p>
        <p className="mt-1">
          Votes: {debrief.tally.map((t) => `${t.label} ${t.votes}`).join(', ')}
          {debrief.undecided.length > 0 && ` · no decision from ${debrief.undecided.join(', ')}`}
        </p>
      </div>

      <div className="overflow-x-auto">
        <table className="text-sm">
          <caption className="text-left font-semibold">Scores per category</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className={th}>Category</th>
              <th scope="col" className={`${th} text-right`}>Weight</th>
              <th scope="col" className={`${th} text-right`}>Min</th>
              {columns.map((c) => (
                <th key={c.label} scope="col" className={`${th} text-right`}>{c.label}</th>
              ))}
              <th scope="col" className={`${th} text-right`}>Mean</th>
              <th scope="col" className={`${th} text-right`}>Lowest</th>
              <th scope="col" className={`${th} text-right`}>Highest</th>
              <th scope="col" className={`${th} text-right`}>Spread</th>
              <th scope="col" className={th}>Notes</th>
            </tr>
          </thead>
          <tbody>
            {panel.categories.map((c) => (
              <tr key={c.categoryId} className={`border-b border-zinc-200 dark:border-zinc-800 ${c.disagreement ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}>
                <th scope="row" className={`${td} text-left font-normal`}>{c.name}</th>
                <td className={`${td} text-right tabular-nums`}>{c.weightPct}%</td>
                <td className={`${td} text-right tabular-nums`}>{formatScore(c.minScore)}</td>
                {c.scores.map((s, i) => (
                  <td key={i} className={`${td} text-right tabular-nums`}>{formatScore(s.score)}</td>
                ))}
                <td className={`${td} text-right font-medium tabular-nums ${c.belowMinimum ? 'text-rose-700 dark:text-rose-300' : ''}`}>{formatScore(c.mean)}</td>
                <td className={`${td} text-right tabular-nums`}>{formatScore(c.min)}</td>
                <td className={`${td} text-right tabular-nums`}>{formatScore(c.max)}</td>
                <td className={`${td} text-right tabular-nums`}>{formatScore(c.spread)}</td>
                <td className={`${td} space-x-1`}>
                  {c.disagreement && <span className={badgeWarn}>Disagreement</span>}
                  {c.belowMinimum && <span className={badgeBad}>Below minimum</span>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-medium">
              <th scope="row" className={`${td} text-left`}>Weighted total</th>
              <td className={`${td} text-right font-normal`} colSpan={2}>threshold {formatScore(kit.offerThreshold)}</td>
              {columns.map((c) => (
                <td key={c.label} className={`${td} text-right tabular-nums`}>{formatScore(c.total)}</td>
              ))}
              <td className={`${td} text-right tabular-nums`}>{formatScore(panel.weightedTotal)}</td>
              <td className={td} colSpan={4} />
            </tr>
          </tfoot>
        </table>
      </div>

      <DebriefChart debrief={debrief} />

      <div className="overflow-x-auto">
        <table className="text-sm">
          <caption className="text-left font-semibold">Decisions</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className={th}>Interviewer</th>
              <th scope="col" className={th}>Round</th>
              <th scope="col" className={th}>Status</th>
              <th scope="col" className={th}>Decision</th>
              <th scope="col" className={th}>Reason</th>
              <th scope="col" className={th}>From</th>
            </tr>
          </thead>
          <tbody>
            {columns.map(({ label, card }) => (
              <tr key={label} className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="row" className={`${td} text-left font-normal`}>{label}</th>
                <td className={td}>{card.roundTitle}</td>
                <td className={td}><span className={card.status === 'submitted' ? badgeGood : badgeNeutral}>{card.status}</span></td>
                <td className={td}>{card.hasDecision ? decisionLabel(kit, card.decisionId) || 'none yet' : <span className={mutedText}>not in this file</span>}</td>
                <td className={td}>{card.hasDecision ? card.decisionReason : <span className={mutedText}>a per-question export carries no decision</span>}</td>
                <td className={`${td} ${mutedText}`}>{card.sources.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Flags title="Concerns (red flags)" flags={debrief.concerns} empty="No red flags raised." />
        <Flags title="Strengths (green flags)" flags={debrief.strengths} empty="No green flags raised." />
      </div>

      {debrief.excluded.length > 0 && (
        <section aria-label="Scorecards set aside" className="text-sm">
          <h4 className="font-semibold">Set aside</h4>
          <ul className="list-disc pl-5">
            {debrief.excluded.map(({ card, reason }) => (
              <li key={card.interviewId}>
                {card.interviewer} ({card.roundTitle}): {reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
