import { useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import { deriveTimer } from '@/utils/domain/timer';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';
import { formatDateTime, formatNumber } from '@/utils/domain/format';
import type { InterviewActions } from '@/components/hooks/useInterview';
import type { ScorecardWithEdits } from '@/utils/client/overlay';
import { useClock } from '@/components/hooks/useNow';
import { ScorecardSummary } from '@/components/common/ScorecardSummary';
import { downloadText } from '@/components/common/download';
import {
  buttonPrimary,
  buttonQuiet,
  buttonSecondary,
  card,
  inputBase,
  labelText,
  mutedText,
  warningText,
} from '@/components/common/styles';
import { CategoryRatings } from './CategoryRatings';
import { FlagList } from './FlagComposer';
import { DecisionGroup } from './DecisionGroup';
import { ReopenControl } from './ReopenControl';
import { needsEvidence, questionName } from './QuestionCard';

export interface SummaryViewProps {
  kit: Kit;
  round: Round;
  view: ScorecardWithEdits;
  locked: boolean;
  actions: InterviewActions;
  onBack(): void;
  onNewInterview(): void;
}

/** What stops this scorecard from being submitted, each saying what to fix. */
export function submitProblems(kit: Kit, round: Round, view: ScorecardWithEdits): string[] {
  const { interview, answers } = view;
  const problems: string[] = [];
  if (!interview.decisionId || !kit.decisionOptions.some((d) => d.id === interview.decisionId))
    problems.push(i18n.t('panel.summary.needDecision'));
  if (!interview.decisionReason.trim()) problems.push(i18n.t('panel.summary.needReason'));
  for (const question of round.sections.flatMap((s) => s.questions)) {
    const answer = answers.get(question.id);
    if (needsEvidence(answer))
      problems.push(i18n.t('panel.summary.needEvidence', [questionName(question), formatNumber(answer!.score ?? 0)]));
  }
  return problems;
}

/** The end of the interview: figures, decision, reason, submit (which locks) and CSV export. */
export function SummaryView({ kit, round, view, locked, actions, onBack, onNewInterview }: SummaryViewProps) {
  const clock = useClock();
  const { interview, answers, candidate } = view;
  const reasonId = useId();
  const notesId = useId();
  const problemsId = useId();
  const [shownProblems, setShownProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState<'submit' | 'export' | null>(null);
  const [notice, setNotice] = useState('');

  const answerList = useMemo(() => [...answers.values()], [answers]);
  const score = useMemo(() => scoreInterview(scoreInputFor(kit, interview, answerList)), [kit, interview, answerList]);
  const fromQuestions = useMemo(
    () => scoreInterview(scoreInputFor(kit, { roundId: round.id, categoryRatings: {} }, answerList)),
    [kit, round.id, answerList],
  );
  const timing = deriveTimer(round, interview.timerEvents, interview.finishedAt ?? clock());
  const evidenceMissing = round.sections.flatMap((s) => s.questions).filter((q) => needsEvidence(answers.get(q.id)));
  const questionNames = new Map(round.sections.flatMap((s) => s.questions.map((q) => [q.id, questionName(q)] as const)));

  const submit = async () => {
    const problems = submitProblems(kit, round, view);
    setShownProblems(problems);
    setNotice('');
    if (problems.length) return;
    setBusy('submit');
    const error = await actions.submit();
    setBusy(null);
    if (error) setShownProblems([error]);
    else setNotice(i18n.t('panel.summary.submittedNotice'));
  };

  const exportCsv = async () => {
    setBusy('export');
    try {
      const { filename, csv } = await actions.exportCsv();
      downloadText(filename, csv);
      setNotice(i18n.t('panel.summary.exported', [filename]));
    } catch (error) {
      setNotice(i18n.t('panel.summary.exportFailed', [(error as Error).message]));
    } finally {
      setBusy(null);
    }
  };

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

      <ScorecardSummary kit={kit} round={round} score={score} timing={timing} />

      <CategoryRatings
        kit={kit}
        round={round}
        ratings={interview.categoryRatings}
        fromQuestions={fromQuestions}
        locked={locked}
        actions={actions}
      />

      {interview.flags.length > 0 && (
        <section aria-labelledby="summary-flags" className="space-y-1">
          <h2 id="summary-flags" className="text-sm font-semibold">
            {i18n.t('panel.summary.flags')}
          </h2>
          <FlagList
            flags={interview.flags.map((f) =>
              f.questionId
                ? {
                    ...f,
                    text: i18n.t('panel.summary.flagOnQuestion', [
                      f.text,
                      questionNames.get(f.questionId) ?? i18n.t('panel.summary.unknownQuestion'),
                    ]),
                  }
                : f,
            )}
            locked
            onRemove={() => {}}
          />
        </section>
      )}

      <DecisionGroup
        options={kit.decisionOptions}
        value={interview.decisionId ?? null}
        suggestedId={score.suggestedDecisionId}
        disabled={locked}
        onChange={(decisionId) => actions.update({ decisionId })}
      />

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
          rows={3}
          value={interview.overallNotes}
          readOnly={locked}
          onChange={(e) => actions.update({ overallNotes: e.target.value }, { typing: true })}
          className={`${inputBase} mt-1 resize-y`}
        />
      </div>

      {!locked && evidenceMissing.length > 0 && (
        <div
          className={`rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950 ${warningText}`}
        >
          <p className="font-medium">{i18n.t('panel.summary.evidenceNeeded')}</p>
          <ul className="list-disc pl-5">
            {evidenceMissing.map((q) => (
              <li key={q.id}>{i18n.t('panel.summary.scoredAs', [questionName(q), formatNumber(answers.get(q.id)?.score ?? 0)])}</li>
            ))}
          </ul>
        </div>
      )}

      {shownProblems.length > 0 && !locked && (
        <div
          id={problemsId}
          role="alert"
          className="rounded-md border border-rose-300 bg-rose-50 p-2 text-sm text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
        >
          <p className="font-medium">{i18n.t('panel.summary.notSubmitted')}</p>
          <ul className="list-disc pl-5">
            {shownProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="flex flex-wrap gap-2">
        {!locked && (
          <button
            type="button"
            className={buttonPrimary}
            disabled={busy !== null}
            aria-describedby={shownProblems.length ? problemsId : undefined}
            onClick={() => void submit()}
          >
            {busy === 'submit' ? i18n.t('panel.summary.submitting') : i18n.t('panel.summary.submit')}
          </button>
        )}
        <button type="button" className={buttonSecondary} disabled={busy !== null} onClick={() => void exportCsv()}>
          {i18n.t('panel.summary.exportCsv')}
        </button>
        <button type="button" className={buttonQuiet} onClick={onBack}>
          {i18n.t('panel.summary.back')}
        </button>
        {locked && (
          <button type="button" className={buttonQuiet} onClick={onNewInterview}>
            {i18n.t('panel.summary.another')}
          </button>
        )}
      </div>
      <p role="status" className={mutedText}>
        {notice}
      </p>
    </div>
  );
}
