import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import type { ScorecardWithEdits } from '@/utils/client/overlay';
import { formatNumber } from '@/utils/domain/format';
import { downloadText } from '@/components/common/download';
import { buttonPrimary, buttonQuiet, buttonSecondary, mutedText } from '@/components/common/styles';
import { useInterviewFrame, useScorecard } from './InterviewContext';
import { evidenceNeededFor, questionName } from './question-text';

/** What stops this scorecard from being submitted, each saying what to fix (the store checks the same). */
export function submitProblems(kit: Kit, round: Round, view: ScorecardWithEdits): string[] {
  const { interview, answers } = view;
  const problems: string[] = [];
  if (!interview.decisionId || !kit.decisionOptions.some((d) => d.id === interview.decisionId))
    problems.push(i18n.t('panel.summary.needDecision'));
  if (!interview.decisionReason.trim()) problems.push(i18n.t('panel.summary.needReason'));
  for (const question of round.sections.flatMap((s) => s.questions)) {
    const extremes = evidenceNeededFor(question, answers.get(question.id));
    if (extremes.length)
      problems.push(i18n.t('panel.summary.needEvidence', [questionName(question), extremes.map((s) => formatNumber(s)).join(', ')]));
  }
  return problems;
}

function Problems({ id, problems }: { id: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div
      id={id}
      role="alert"
      className="rounded-md border border-rose-300 bg-rose-50 p-2 text-sm text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
    >
      <p className="font-medium">{i18n.t('panel.summary.notSubmitted')}</p>
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/** Submit (which locks), export this scorecard as CSV, go back, or start another interview once submitted. */
export function SubmitBar({ onBack, onNewInterview }: { onBack(): void; onNewInterview(): void }) {
  const { kit, round, locked, actions } = useInterviewFrame();
  const { view } = useScorecard();
  const problemsId = useId();
  const [shownProblems, setShownProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState<'submit' | 'export' | null>(null);
  const [notice, setNotice] = useState('');

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
    <>
      {!locked && <Problems id={problemsId} problems={shownProblems} />}
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
    </>
  );
}
