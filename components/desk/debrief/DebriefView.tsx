import { i18n } from '#i18n';
import { formatLocalScore, formatNumber, formatPercent } from '@/utils/domain/format';
import { fillSlots, slot } from '@/components/common/slots';
import { decisionLabel, type Debrief, type GatheredFlag } from '@/utils/domain/debrief/build';
import { mutedText, badgeBad, badgeGood, badgeNeutral, badgeWarn, tableCell, tableHeader } from '@/components/common/styles';
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
              {f.text}{' '}
              <span className={mutedText}>
                {f.at ? i18n.t('desk.debriefView.flagByAt', [f.by, f.at]) : i18n.t('desk.debriefView.flagBy', [f.by])}
              </span>
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
          {fillSlots(i18n.t('desk.debriefView.total', [slot(0), formatLocalScore(kit.offerThreshold), slot(1)]), [
            <strong key="total" className="tabular-nums">
              {formatLocalScore(panel.weightedTotal)}
            </strong>,
            panel.meetsThreshold === null ? (
              i18n.t('desk.debriefView.nothingScored')
            ) : panel.meetsThreshold ? (
              <span key="verdict" className={badgeGood}>
                {i18n.t('desk.debriefView.meets')}
              </span>
            ) : (
              <span key="verdict" className={badgeBad}>
                {i18n.t('desk.debriefView.below')}
              </span>
            ),
          ])}
        </p>
        <p className="mt-1">
          {failed.length === 0
            ? i18n.t('desk.debriefView.noneBelow')
            : i18n.t('desk.debriefView.belowList', [
                failed
                  .map((c) => i18n.t('desk.debriefView.belowItem', [c.name, formatLocalScore(c.mean), formatLocalScore(c.minScore)]))
                  .join('; '),
              ])}
        </p>
        <p className="mt-1">
          {i18n.t('desk.debriefView.votes', [
            debrief.tally.map((t) => i18n.t('desk.debriefView.vote', [t.label, formatNumber(t.votes)])).join(', '),
          ])}
          {debrief.undecided.length > 0 && ` ${i18n.t('desk.debriefView.undecided', [debrief.undecided.join(', ')])}`}
        </p>
      </div>

      <div className="overflow-x-auto">
        <table className="text-sm">
          <caption className="text-left font-semibold">{i18n.t('desk.debriefView.scoresTitle')}</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.kitPreview.category')}
              </th>
              <th scope="col" className={`${tableHeader} text-right`}>
                {i18n.t('desk.kitPreview.weight')}
              </th>
              <th scope="col" className={`${tableHeader} text-right`}>
                {i18n.t('desk.debriefView.min')}
              </th>
              {columns.map((c) => (
                <th key={c.label} scope="col" className={`${tableHeader} text-right`}>
                  {c.label}
                </th>
              ))}
              <th scope="col" className={`${tableHeader} text-right`}>
                {i18n.t('desk.debriefView.mean')}
              </th>
              <th scope="col" className={`${tableHeader} text-right`}>
                {i18n.t('desk.debriefView.lowest')}
              </th>
              <th scope="col" className={`${tableHeader} text-right`}>
                {i18n.t('desk.debriefView.highest')}
              </th>
              <th scope="col" className={`${tableHeader} text-right`}>
                {i18n.t('desk.debriefView.spread')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.kitPreview.notes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {panel.categories.map((c) => (
              <tr
                key={c.categoryId}
                className={`border-b border-zinc-200 dark:border-zinc-800 ${c.disagreement ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}
              >
                <th scope="row" className={`${tableCell} text-left font-normal`}>
                  {c.name}
                </th>
                <td className={`${tableCell} text-right tabular-nums`}>{formatPercent(c.weightPct)}</td>
                <td className={`${tableCell} text-right tabular-nums`}>{formatLocalScore(c.minScore)}</td>
                {c.scores.map((s, i) => (
                  <td key={i} className={`${tableCell} text-right tabular-nums`}>
                    {formatLocalScore(s.score)}
                  </td>
                ))}
                <td
                  className={`${tableCell} text-right font-medium tabular-nums ${c.belowMinimum ? 'text-rose-700 dark:text-rose-300' : ''}`}
                >
                  {formatLocalScore(c.mean)}
                </td>
                <td className={`${tableCell} text-right tabular-nums`}>{formatLocalScore(c.min)}</td>
                <td className={`${tableCell} text-right tabular-nums`}>{formatLocalScore(c.max)}</td>
                <td className={`${tableCell} text-right tabular-nums`}>{formatLocalScore(c.spread)}</td>
                <td className={`${tableCell} space-x-1`}>
                  {c.disagreement && <span className={badgeWarn}>{i18n.t('desk.debriefView.disagreement')}</span>}
                  {c.belowMinimum && <span className={badgeBad}>{i18n.t('desk.debriefView.belowMinimum')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-medium">
              <th scope="row" className={`${tableCell} text-left`}>
                {i18n.t('desk.candidates.weightedTotal')}
              </th>
              <td className={`${tableCell} text-right font-normal`} colSpan={2}>
                {i18n.t('desk.debriefView.threshold', [formatLocalScore(kit.offerThreshold)])}
              </td>
              {columns.map((c) => (
                <td key={c.label} className={`${tableCell} text-right tabular-nums`}>
                  {formatLocalScore(c.total)}
                </td>
              ))}
              <td className={`${tableCell} text-right tabular-nums`}>{formatLocalScore(panel.weightedTotal)}</td>
              <td className={tableCell} colSpan={4} />
            </tr>
          </tfoot>
        </table>
      </div>

      <DebriefChart debrief={debrief} />

      <div className="overflow-x-auto">
        <table className="text-sm">
          <caption className="text-left font-semibold">{i18n.t('desk.kitPreview.decisions')}</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.history.interviewer')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.history.round')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.history.status')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.history.colDecision')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.debriefView.reason')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.debriefView.source')}
              </th>
            </tr>
          </thead>
          <tbody>
            {columns.map(({ label, card }) => (
              <tr key={label} className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="row" className={`${tableCell} text-left font-normal`}>
                  {label}
                </th>
                <td className={tableCell}>{card.roundTitle}</td>
                <td className={tableCell}>
                  <span className={card.status === 'submitted' ? badgeGood : badgeNeutral}>
                    {card.status === 'submitted' ? i18n.t('desk.history.submitted') : i18n.t('desk.history.draft')}
                  </span>
                </td>
                <td className={tableCell}>
                  {card.hasDecision ? (
                    decisionLabel(kit, card.decisionId) || i18n.t('desk.debriefView.noneYet')
                  ) : (
                    <span className={mutedText}>{i18n.t('desk.debriefView.notInFile')}</span>
                  )}
                </td>
                <td className={tableCell}>
                  {card.hasDecision ? (
                    card.decisionReason
                  ) : (
                    <span className={mutedText}>{i18n.t('desk.debriefView.noDecisionInItems')}</span>
                  )}
                </td>
                <td className={`${tableCell} ${mutedText}`}>{card.sources.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Flags title={i18n.t('desk.debriefView.concerns')} flags={debrief.concerns} empty={i18n.t('desk.debriefView.noRedFlags')} />
        <Flags title={i18n.t('desk.debriefView.strengths')} flags={debrief.strengths} empty={i18n.t('desk.debriefView.noGreenFlags')} />
      </div>

      {debrief.excluded.length > 0 && (
        <section aria-label={i18n.t('desk.debriefView.setAsideLabel')} className="text-sm">
          <h4 className="font-semibold">{i18n.t('desk.debriefView.setAside')}</h4>
          <ul className="list-disc pl-5">
            {debrief.excluded.map(({ card, reason }) => (
              <li key={card.interviewId}>{i18n.t('desk.debriefView.setAsideItem', [card.interviewer, card.roundTitle, reason])}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
