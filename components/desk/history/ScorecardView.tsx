import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber, formatDateTime } from '@/utils/domain/format';
import { fillSlots, slot } from '@/components/common/slots';
import { request } from '@/utils/client/request';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';
import { formatExportClock } from '@/utils/domain/csv';
import { ScorecardSummary } from '@/components/common/ScorecardSummary';
import { describeScore } from '@/components/common/RatingGroup';
import {
  buttonPrimary,
  buttonQuiet,
  buttonSecondary,
  card,
  inputBase,
  labelText,
  mutedText,
  badgeBad,
  badgeGood,
  badgeNeutral,
} from '@/components/common/styles';
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
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const { outcome, run, busy } = useStoreAction();
  const reasonId = useId();
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
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
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

      {interview.status === 'submitted' ? (
        reopening ? (
          <form
            className={`${card} space-y-2`}
            aria-label={i18n.t('desk.scorecard.reopen')}
            onSubmit={(e) => {
              e.preventDefault();
              void run(i18n.t('desk.scorecard.reopening'), async () => {
                await request('interviews.reopen', { id: interview.id, reason });
                setReopening(false);
                setReason('');
                return i18n.t('desk.scorecard.reopened');
              });
            }}
          >
            <label htmlFor={reasonId} className={labelText}>
              {i18n.t('desk.scorecard.reopenWhy')}
            </label>
            <input id={reasonId} className={inputBase} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
            <div className="flex gap-2">
              <button type="submit" className={buttonPrimary} disabled={!reason.trim() || busy}>
                {i18n.t('desk.scorecard.reopen')}
              </button>
              <button type="button" className={buttonQuiet} onClick={() => setReopening(false)}>
                {i18n.t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className={buttonSecondary} onClick={() => setReopening(true)}>
            {i18n.t('desk.scorecard.reopen')}
          </button>
        )
      ) : (
        <p className="text-sm">{i18n.t('desk.scorecard.draftHint')}</p>
      )}
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

      {interview.flags.length > 0 && (
        <section aria-labelledby="flags-heading">
          <h3 id="flags-heading" className="text-base font-semibold">
            {i18n.t('desk.scorecard.flags')}
          </h3>
          <ul className="space-y-1 text-sm">
            {interview.flags.map((f) => (
              <li key={f.id}>
                {fillSlots(i18n.t('desk.scorecard.flagAt', [slot(0), formatExportClock(f.roundElapsedMs), slot(1)]), [
                  <span key="kind" className={f.kind === 'red' ? badgeBad : badgeGood}>
                    {f.kind === 'red' ? i18n.t('desk.scorecard.redFlag') : i18n.t('desk.scorecard.greenFlag')}
                  </span>,
                  f.text,
                ])}
              </li>
            ))}
          </ul>
        </section>
      )}

      {round && (
        <section aria-labelledby="questions-heading" className="space-y-3">
          <h3 id="questions-heading" className="text-base font-semibold">
            {i18n.t('desk.scorecard.questions')}
          </h3>
          {round.sections.map((section) => (
            <div key={section.id}>
              <h4 className="font-medium">{section.title}</h4>
              <ol className="list-decimal space-y-2 pl-5 text-sm">
                {section.questions.map((q) => {
                  const a = byQuestion.get(q.id);
                  const ticked = (a?.pointsTicked ?? []).filter((i) => i < q.expectedPoints.length);
                  return (
                    <li key={q.id}>
                      <p className="font-medium">{q.title || q.prompt}</p>
                      <p>
                        {a?.notAsked
                          ? i18n.t('desk.scorecard.notAsked')
                          : a?.score
                            ? i18n.t('desk.scorecard.score', [describeScore(kit.ratingScale, a.score)])
                            : q.scored
                              ? i18n.t('desk.scorecard.notScored')
                              : i18n.t('desk.scorecard.unscoredQuestion')}
                      </p>
                      {q.expectedPoints.length > 0 && (
                        <p className={mutedText}>
                          {ticked.length
                            ? i18n.t('desk.scorecard.pointsCoveredList', [
                                formatNumber(ticked.length),
                                formatNumber(q.expectedPoints.length),
                                ticked.map((i) => q.expectedPoints[i]).join('; '),
                              ])
                            : i18n.t('desk.scorecard.pointsCovered', [formatNumber(ticked.length), formatNumber(q.expectedPoints.length)])}
                        </p>
                      )}
                      {a?.notes && <p className="whitespace-pre-wrap">{a.notes}</p>}
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
        </section>
      )}

      {interview.reopenings.length > 0 && (
        <section aria-labelledby="reopen-heading">
          <h3 id="reopen-heading" className="text-base font-semibold">
            {i18n.t('desk.scorecard.reopenedBefore')}
          </h3>
          <ul className="text-sm">
            {interview.reopenings.map((r, i) => (
              <li key={i}>{i18n.t('desk.scorecard.reopenedAt', [formatDateTime(r.at), r.reason])}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
