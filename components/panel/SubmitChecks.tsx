import { i18n } from '#i18n';
import { submitWarnings, type SubmitWarning } from '@/utils/domain/guidance';
import { formatNumber } from '@/utils/domain/format';
import { warningText } from '@/components/common/styles';
import { useInterviewFrame, useScorecard } from './InterviewContext';
import { questionName } from './question-text';

function checkSentence(warning: SubmitWarning): string {
  switch (warning.check) {
    case 'scored-without-notes':
      return i18n.t('panel.checks.scoredWithoutNotes', warning.questions.length, [
        formatNumber(warning.questions.length),
        warning.questions.map(questionName).join(i18n.t('panel.checks.listSeparator')),
      ]);
    case 'candidate-questions-skipped':
      return i18n.t('panel.checks.candidateQuestionsSkipped', [questionName(warning.question)]);
    case 'decision-reason-short':
      return i18n.t('panel.checks.reasonShort', warning.words, [formatNumber(warning.words)]);
  }
}

/**
 * The guide's common mistakes this scorecard shows, as the kit words them: warnings to look at
 * before submitting, never a reason the scorecard cannot be submitted.
 */
export function SubmitChecks() {
  const { kit, round } = useInterviewFrame();
  const { view } = useScorecard();
  const warnings = submitWarnings(kit.guidance, round, view);
  if (warnings.length === 0) return null;
  return (
    <section
      aria-labelledby="submit-checks-heading"
      className={`rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950 ${warningText}`}
    >
      <h2 id="submit-checks-heading" className="font-medium">
        {i18n.t('panel.checks.title')}
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {warnings.map((w) => (
          <li key={w.check}>
            {checkSentence(w)} <span className="italic">{i18n.t('panel.checks.mistake', [w.text])}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1">{i18n.t('panel.checks.canSubmit')}</p>
    </section>
  );
}
