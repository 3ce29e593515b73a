import { useEffect, useRef } from 'react';
import { ReopenControl, ScorecardDetails } from './ScorecardParts';
import { i18n } from '#i18n';
import { formatDateTime } from '@/utils/domain/format';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';
import { ScorecardSummary } from '@/components/common/ScorecardSummary';
import { buttonQuiet, mutedText, badgeGood, badgeNeutral } from '@/components/common/styles';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { scorecardSummary } from '@/utils/domain/summary-text';
import { CopySummary } from '@/components/debrief/CopySummary';
import { useStoreAction, useStoreQuery } from '@/components/hooks/useStore';

/**
 * One scorecard, read-only. A submitted scorecard is sealed; changing it takes an explicit
 * "Reopen for editing" with a reason, which the store records next to the old seal.
 */
export function ScorecardView({ interviewId, onBack }: { interviewId: string; onBack(): void }) {
  // Followed live: a scorecard submitted or reopened elsewhere shows its new state here.
  const query = useStoreQuery('interviews.get', { id: interviewId });
  const data = query.data?.interview.id === interviewId ? query.data : undefined;
  const { outcome, run, busy } = useStoreAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = data !== undefined;
  // Opening a scorecard replaces the list: take focus to its heading, as a new page would.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const back = (
    <button type="button" className={buttonQuiet} onClick={onBack}>
      {i18n.t('desk.scorecard.back')}
    </button>
  );
  if (!data)
    return (
      <div className="space-y-2">
        <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
          {i18n.t('desk.scorecard.title')}
        </h2>
        {back}
        <OutcomeLine
          outcome={query.error ? { kind: 'error', text: query.error.message } : { kind: 'busy', text: i18n.t('desk.scorecard.loading') }}
        />
      </div>
    );

  const { interview, candidate, answers, kit } = data;
  const round = kit.rounds.find((r) => r.id === interview.roundId);
  const score = scoreInterview(scoreInputFor(kit, interview, answers));
  const decision = kit.decisionOptions.find((d) => d.id === interview.decisionId);

  return (
    <article className="space-y-4" aria-labelledby="scorecard-heading">
      {back}
      <header>
        <h2 id="scorecard-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
          {i18n.t('desk.scorecard.titleFor', [candidate.name])}
        </h2>
        <p className={mutedText}>
          {i18n.t('desk.scorecard.byline', [
            kit.title,
            round?.title ?? interview.roundId,
            interview.interviewer,
            formatDateTime(interview.startedAt ?? interview.createdAt),
          ])}
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <span className={interview.status === 'submitted' ? badgeGood : badgeNeutral}>
            {interview.status === 'submitted' ? i18n.t('desk.scorecard.submittedBadge') : i18n.t('desk.scorecard.draftBadge')}
          </span>
          {interview.submittedAt && <span>{i18n.t('desk.scorecard.submittedAt', [formatDateTime(interview.submittedAt)])}</span>}
          {interview.seal && <span className={mutedText}>{i18n.t('desk.scorecard.seal', [interview.seal.slice(0, 12)])}</span>}
        </p>
      </header>

      <ReopenControl interview={interview} run={run} busy={busy} />
      <OutcomeLine outcome={outcome} />
      <CopySummary
        label={i18n.t('debrief.copy.scorecardLabel')}
        summary={(format) => scorecardSummary(kit, interview, candidate.name, answers, format)}
      />

      {round && <ScorecardSummary kit={kit} round={round} score={score} />}

      <section aria-labelledby="decision-heading" className="space-y-1">
        <h3 id="decision-heading" className="text-base font-semibold">
          {i18n.t('desk.scorecard.decision')}
        </h3>
        <p className="text-sm">
          {interview.decisionReason
            ? i18n.t('desk.scorecard.decisionWithReason', [
                decision ? decision.label : i18n.t('desk.scorecard.noDecision'),
                interview.decisionReason,
              ])
            : decision
              ? decision.label
              : i18n.t('desk.scorecard.noDecision')}
        </p>
        {interview.overallNotes && <p className="whitespace-pre-wrap text-sm">{interview.overallNotes}</p>}
      </section>

      <ScorecardDetails kit={kit} interview={interview} answers={answers} />
    </article>
  );
}
