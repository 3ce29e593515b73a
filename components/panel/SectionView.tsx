import { useMemo } from 'react';
import { i18n } from '#i18n';
import type { Section } from '@/utils/domain/kit/schema';
import { formatNumber } from '@/utils/domain/format';
import { focusRing, labelText, mutedText } from '@/components/common/styles';
import { useInterviewFrame, useScorecard } from './InterviewContext';
import { QuestionCard } from './QuestionCard';
import { SectionEvaluation, SectionSetup } from './SectionSetup';

/** While the clock is not moving sections on (not started, finished, submitted), any section can be shown. */
export function SectionPicker({ shownIndex, onPick }: { shownIndex: number; onPick(index: number): void }) {
  const { round } = useInterviewFrame();
  return (
    <label className="block">
      <span className={labelText}>{i18n.t('panel.section.show')}</span>
      <select
        value={shownIndex}
        onChange={(e) => onPick(Number(e.target.value))}
        className={`mt-1 w-full rounded-md border border-zinc-300 bg-white px-1 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-800 ${focusRing}`}
      >
        {round.sections.map((s, i) => (
          <option key={s.id} value={i}>
            {i18n.t('panel.section.option', [formatNumber(i + 1), s.title])}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One section as the interviewer works it: its setup, its questions, and what to judge across it. */
export function SectionView({ section }: { section: Section }) {
  const { kit, round } = useInterviewFrame();
  const { view } = useScorecard();
  const { interview, answers } = view;
  const categoryNames = useMemo(() => new Map(kit.categories.map((c) => [c.id, c.name])), [kit]);
  const flagPicks = useMemo(() => ({ green: round.greenFlags, red: round.redFlags }), [round]);
  return (
    <section aria-label={i18n.t('panel.section.questions', [section.title])} className="space-y-3">
      <SectionSetup section={section} />
      {section.questions.map((question, i) => (
        <QuestionCard
          key={question.id}
          question={question}
          number={i + 1}
          answer={answers.get(question.id)}
          categoryName={question.categoryId ? categoryNames.get(question.categoryId) : undefined}
          flags={interview.flags}
          flagPicks={flagPicks}
          notesConflict={view.conflicts?.has(question.id) ?? false}
        />
      ))}
      {section.questions.length === 0 && <p className={mutedText}>{i18n.t('panel.section.noQuestions')}</p>}
      <SectionEvaluation section={section} />
    </section>
  );
}
