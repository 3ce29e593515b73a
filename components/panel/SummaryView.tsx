import { useId, useRef } from 'react';
import { i18n } from '#i18n';
import { deriveTimer } from '@/utils/domain/timer';
import { formatDateTime, formatNumber } from '@/utils/domain/format';
import { useClock } from '@/components/hooks/useNow';
import { useAutoGrow } from '@/components/hooks/useAutoGrow';
import { ScorecardSummary } from '@/components/common/ScorecardSummary';
import { card, inputBase, labelText, mutedText, warningText } from '@/components/common/styles';
import { CategoryRatings } from './CategoryRatings';
import { FlagList } from './FlagComposer';
import { DecisionGroup } from './DecisionGroup';
import { ReopenControl } from './ReopenControl';
import { RoundObjectives } from './RoundBrief';
import { SubmitChecks } from './SubmitChecks';
import { SubmitBar } from './SubmitBar';
import { ReminderNote } from './ReminderNote';
import { useInterviewFrame, useScorecard } from './InterviewContext';
import { evidenceNeededFor, questionName } from './question-text';

export { submitProblems } from './SubmitBar';

function SummaryFlags() {
  const { round } = useInterviewFrame();
  const flags = useScorecard().view.interview.flags;
  if (flags.length === 0) return null;
  const names = new Map(round.sections.flatMap((s) => s.questions.map((q) => [q.id, questionName(q)] as const)));
  return (
    <section aria-labelledby="summary-flags" className="space-y-1">
      <h2 id="summary-flags" className="text-sm font-semibold">
        {i18n.t('panel.summary.flags')}
      </h2>
      <FlagList
        flags={flags.map((f) =>
          f.questionId
            ? {
                ...f,
                text: i18n.t('panel.summary.flagOnQuestion', [f.text, names.get(f.questionId) ?? i18n.t('panel.summary.unknownQuestion')]),
              }
            : f,
        )}
        locked
        onRemove={() => {}}
      />
    </section>
  );
}

/** The decision's reason (required) and the overall notes, which grow with what is written. */
function ReasonAndNotes({ reasonId }: { reasonId: string }) {
  const { locked, actions } = useInterviewFrame();
  const { interview } = useScorecard().view;
  const notesId = useId();
  const notes = useRef<HTMLTextAreaElement>(null);
  useAutoGrow(notes, interview.overallNotes);
  return (
    <>
      <div>
        <label htmlFor={reasonId} className={labelText}>
          {i18n.t('panel.summary.reason')}
        </label>
        <input
          id={reasonId}
          value={interview.decisionReason}
          readOnly={locked}
          required
          aria-required="true"
          onChange={(e) => actions.update({ decisionReason: e.target.value }, { typing: true })}
          className={`${inputBase} mt-1`}
        />
      </div>
      <div>
        <label htmlFor={notesId} className={labelText}>
          {i18n.t('panel.summary.overallNotes')}
        </label>
        <textarea
          id={notesId}
          ref={notes}
          rows={3}
          value={interview.overallNotes}
          readOnly={locked}
          onChange={(e) => actions.update({ overallNotes: e.target.value }, { typing: true })}
          className={`${inputBase} mt-1 resize-y`}
        />
      </div>
    </>
  );
}

function EvidenceNeeded() {
  const { round, locked } = useInterviewFrame();
  const { answers } = useScorecard().view;
  const missing = round.sections
    .flatMap((s) => s.questions)
    .flatMap((q) => {
      const extremes = evidenceNeededFor(q, answers.get(q.id));
      return extremes.length ? [{ q, extremes }] : [];
    });
  if (locked || missing.length === 0) return null;
  return (
    <div className={`rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950 ${warningText}`}>
      <p className="font-medium">{i18n.t('panel.summary.evidenceNeeded')}</p>
      <ul className="list-disc pl-5">
        {missing.map(({ q, extremes }) => (
          <li key={q.id}>{i18n.t('panel.summary.scoredAs', [questionName(q), extremes.map((s) => formatNumber(s)).join(', ')])}</li>
        ))}
      </ul>
    </div>
  );
}

/** The end of the interview: objectives, figures with their explanation, decision, reason, checks, submit (which locks) and CSV export. */
export function SummaryView({ onBack, onNewInterview }: { onBack(): void; onNewInterview(): void }) {
  const clock = useClock();
  const { kit, round, locked, actions } = useInterviewFrame();
  const { view, score } = useScorecard();
  const { interview, candidate } = view;
  const reasonId = useId();
  const timing = deriveTimer(round, interview.timerEvents, interview.finishedAt ?? clock());
  return (
    <div className="space-y-4 p-3">
      <header>
        <h2 className="text-base font-semibold">{i18n.t('panel.summary.title', [candidate.name])}</h2>
        <p className={mutedText}>{i18n.t('panel.summary.byline', [round.title, interview.interviewer])}</p>
      </header>
      {locked && (
        <div className={`${card} space-y-2 border-emerald-300 dark:border-emerald-700`}>
          <p className="text-sm font-medium">
            {interview.submittedAt
              ? i18n.t('panel.summary.submittedAt', [formatDateTime(interview.submittedAt)])
              : i18n.t('panel.summary.submitted')}
          </p>
          <ReopenControl onReopen={actions.reopen} />
        </div>
      )}
      <RoundObjectives round={round} />
      <ScorecardSummary kit={kit} round={round} score={score} timing={timing} />
      <CategoryRatings />
      <SummaryFlags />
      <DecisionGroup reasonId={reasonId} />
      <ReasonAndNotes reasonId={reasonId} />
      {!locked && <SubmitChecks />}
      <EvidenceNeeded />
      <SubmitBar onBack={onBack} onNewInterview={onNewInterview} />
      <ReminderNote />
    </div>
  );
}
