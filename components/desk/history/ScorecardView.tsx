import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Kit } from '@/utils/kit/schema';
import type { InterviewBundle } from '@/utils/messaging/protocol';
import { request } from '@/utils/messaging/client';
import { scoreInputFor, scoreInterview } from '@/utils/scoring';
import { formatClock } from '@/utils/csv';
import { ScorecardSummary } from '@/components/common/ScorecardSummary';
import { describeScore } from '@/components/common/RatingGroup';
import { buttonPrimary, buttonQuiet, buttonSecondary, card, inputBase, labelText, mutedText } from '@/components/common/styles';
import { OutcomeLine, badgeBad, badgeGood, badgeNeutral, formatDate, useAction } from '../ui';

/**
 * One scorecard, read-only. A submitted scorecard is sealed; changing it takes an explicit
 * "Reopen for editing" with a reason, which the store records next to the old seal.
 */
export function ScorecardView({ interviewId, onBack }: { interviewId: string; onBack(): void }) {
  const [data, setData] = useState<{ bundle: InterviewBundle; kit: Kit } | null>(null);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const { outcome, run, busy } = useAction();
  const reasonId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = data !== null;
  // Opening a scorecard replaces the list: take focus to its heading, as a new page would.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const load = useCallback(async () => {
    const bundle = await request('interviews.get', { id: interviewId });
    const kit = await request('kits.get', { id: bundle.interview.kitId, version: bundle.interview.kitVersion });
    setData({ bundle, kit });
  }, [interviewId]);
  useEffect(() => {
    void run('Loading the scorecard…', load);
  }, [run, load]);

  const back = (
    <button type="button" className={buttonQuiet} onClick={onBack}>
      ← Back to history
    </button>
  );
  if (!data)
    return (
      <div className="space-y-2">
        <h2 tabIndex={-1} className="text-lg font-semibold outline-none">Scorecard</h2>
        {back}
        <OutcomeLine outcome={outcome} />
      </div>
    );

  const { bundle, kit } = data;
  const { interview, candidate, answers } = bundle;
  const round = kit.rounds.find((r) => r.id === interview.roundId);
  const score = scoreInterview(scoreInputFor(kit, interview, answers));
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const decision = kit.decisionOptions.find((d) => d.id === interview.decisionId);

  return (
    <article className="space-y-4" aria-labelledby="scorecard-heading">
      {back}
      <header>
        <h2 id="scorecard-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
          Scorecard: {candidate.name}
        </h2>
        <p className={mutedText}>
          {kit.title} · {round?.title ?? interview.roundId} · {interview.interviewer} · {formatDate(interview.startedAt ?? interview.createdAt)}
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <span className={interview.status === 'submitted' ? badgeGood : badgeNeutral}>{interview.status === 'submitted' ? 'Submitted, read-only' : 'Draft'}</span>
          {interview.submittedAt && <span>submitted {formatDate(interview.submittedAt)}</span>}
          {interview.seal && <span className={mutedText}>seal {interview.seal.slice(0, 12)}…</span>}
        </p>
      </header>

      {interview.status === 'submitted' ? (
        reopening ? (
          <form
            className={`${card} space-y-2`}
            aria-label="Reopen for editing"
            onSubmit={(e) => {
              e.preventDefault();
              void run('Reopening…', async () => {
                await request('interviews.reopen', { id: interview.id, reason });
                setReopening(false);
                setReason('');
                await load();
                return 'Reopened: the scorecard is a draft again. Continue editing it in the Panelist panel, then submit it again.';
              });
            }}
          >
            <label htmlFor={reasonId} className={labelText}>Why reopen this submitted scorecard?</label>
            <input id={reasonId} className={inputBase} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
            <div className="flex gap-2">
              <button type="submit" className={buttonPrimary} disabled={!reason.trim() || busy}>Reopen for editing</button>
              <button type="button" className={buttonQuiet} onClick={() => setReopening(false)}>Cancel</button>
            </div>
          </form>
        ) : (
          <button type="button" className={buttonSecondary} onClick={() => setReopening(true)}>
            Reopen for editing
          </button>
        )
      ) : (
        <p className="text-sm">This scorecard is a draft: edit it in the Panelist panel (beside the call or in the side panel).</p>
      )}
      <OutcomeLine outcome={outcome} />

      {round && <ScorecardSummary kit={kit} round={round} score={score} />}

      <section aria-labelledby="decision-heading" className="space-y-1">
        <h3 id="decision-heading" className="text-base font-semibold">Decision</h3>
        <p className="text-sm">{decision ? decision.label : 'No decision yet'}{interview.decisionReason ? `: ${interview.decisionReason}` : ''}</p>
        {interview.overallNotes && <p className="whitespace-pre-wrap text-sm">{interview.overallNotes}</p>}
      </section>

      {interview.flags.length > 0 && (
        <section aria-labelledby="flags-heading">
          <h3 id="flags-heading" className="text-base font-semibold">Flags</h3>
          <ul className="space-y-1 text-sm">
            {interview.flags.map((f) => (
              <li key={f.id}>
                <span className={f.kind === 'red' ? badgeBad : badgeGood}>{f.kind === 'red' ? 'Red flag' : 'Green flag'}</span> at {formatClock(f.roundElapsedMs)}: {f.text}
              </li>
            ))}
          </ul>
        </section>
      )}

      {round && (
        <section aria-labelledby="questions-heading" className="space-y-3">
          <h3 id="questions-heading" className="text-base font-semibold">Questions</h3>
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
                        {a?.notAsked ? 'Not asked' : a?.score ? `Score ${describeScore(kit.ratingScale, a.score)}` : q.scored ? 'Not scored' : 'Not a scored question'}
                      </p>
                      {q.expectedPoints.length > 0 && (
                        <p className={mutedText}>
                          Points covered: {ticked.length} of {q.expectedPoints.length}
                          {ticked.length ? ` (${ticked.map((i) => q.expectedPoints[i]).join('; ')})` : ''}
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
          <h3 id="reopen-heading" className="text-base font-semibold">Reopened before</h3>
          <ul className="text-sm">
            {interview.reopenings.map((r, i) => (
              <li key={i}>{formatDate(r.at)}: {r.reason}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
