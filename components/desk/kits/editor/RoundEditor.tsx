import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import { buttonSecondary } from '@/components/common/styles';
import { FieldError, ItemControls, NumberInput, StringList, TextInput, useEditor, type Path } from './controls';
import { QuestionEditor } from './QuestionEditor';

const freeId = (taken: Iterable<string>, base: string) => {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${base}-new-${n}`)) return `${base}-new-${n}`;
};
const allQuestionIds = (d: Kit) => d.rounds.flatMap((r) => r.sections.flatMap((s) => s.questions.map((q) => q.id)));

/** One round: title, minutes, format, objectives, flags, decision lines and its sections with their questions. */
export function RoundEditor({ round, r, kit }: { round: Round; r: number; kit: Kit }) {
  const { change } = useEditor();
  const path: Path = ['rounds', r];
  const roundOf = (d: Kit) => d.rounds[r]!;
  const lists = [
    ['format', i18n.t('desk.kitPreview.format')],
    ['objectives', i18n.t('desk.kitPreview.objectives')],
    ['greenFlags', i18n.t('desk.kitPreview.greenFlags')],
    ['redFlags', i18n.t('desk.kitPreview.redFlags')],
    ['proceedIf', i18n.t('desk.kitPreview.proceedIf')],
    ['rejectIf', i18n.t('desk.kitPreview.rejectIf')],
  ] as const;
  return (
    <fieldset className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
      <legend className="px-1 font-semibold">{round.title}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <TextInput
          label={i18n.t('desk.kitEditor.titleOf', [round.title])}
          value={round.title}
          path={[...path, 'title']}
          set={(d, v) => (roundOf(d).title = v)}
        />
        <NumberInput
          label={i18n.t('desk.kitEditor.minutesFor', [round.title])}
          value={round.durationMin}
          optional
          path={[...path, 'durationMin']}
          set={(d, v) => (roundOf(d).durationMin = v)}
        />
        <ItemControls name={round.title} index={r} count={kit.rounds.length} list={(d) => d.rounds} />
      </div>
      <FieldError path={[...path, 'sections']} />
      {round.sections.map((section, s) => (
        <SectionEditor key={section.id} round={round} r={r} s={s} kit={kit} />
      ))}
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          change((d) => {
            const sections = roundOf(d).sections;
            const title = i18n.t('desk.kitEditor.newSection', [String(sections.length + 1)]);
            sections.push({
              id: freeId(
                sections.map((x) => x.id),
                'section',
              ),
              title,
              briefing: [],
              questions: [],
              evaluationPoints: [],
              materials: [],
              tasks: [],
            });
          })
        }
      >
        {i18n.t('desk.kitEditor.addSection', [round.title])}
      </button>
      {lists.map(([key, label]) => (
        <StringList
          key={key}
          label={i18n.t('desk.kitEditor.ofRound', [label, round.title])}
          items={round[key]}
          path={[...path, key]}
          list={(d) => roundOf(d)[key]}
        />
      ))}
    </fieldset>
  );
}

/** One section: title, minutes, notes and its questions. */
function SectionEditor({ round, r, s, kit }: { round: Round; r: number; s: number; kit: Kit }) {
  const { change } = useEditor();
  const section = round.sections[s]!;
  const path: Path = ['rounds', r];
  const roundOf = (d: Kit) => d.rounds[r]!;
  return (
    <div className="space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
      <div className="flex flex-wrap items-end gap-2">
        <TextInput
          label={i18n.t('desk.kitEditor.titleOf', [section.title || i18n.t('desk.kitEditor.section')])}
          value={section.title}
          path={[...path, 'sections', s, 'title']}
          set={(d, v) => (roundOf(d).sections[s]!.title = v)}
        />
        <NumberInput
          label={i18n.t('desk.kitEditor.minutesFor', [section.title])}
          value={section.durationMin}
          optional
          path={[...path, 'sections', s, 'durationMin']}
          set={(d, v) => (roundOf(d).sections[s]!.durationMin = v)}
        />
        <ItemControls name={section.title} index={s} count={round.sections.length} list={(d) => roundOf(d).sections} />
      </div>
      <StringList
        label={i18n.t('desk.kitEditor.briefingOf', [section.title])}
        items={section.briefing}
        path={[...path, 'sections', s, 'briefing']}
        list={(d) => roundOf(d).sections[s]!.briefing}
      />
      <ol className="space-y-2">
        {section.questions.map((question, q) => (
          <QuestionEditor
            key={question.id}
            question={question}
            at={{ r, s, q }}
            count={section.questions.length}
            kit={kit}
            label={i18n.t('desk.kitEditor.question', [formatNumber(q + 1), section.title])}
          />
        ))}
      </ol>
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          change(
            (d) =>
              void roundOf(d).sections[s]!.questions.push({
                id: freeId(allQuestionIds(d), section.id),
                prompt: '',
                extraPrompts: [],
                expectedPoints: [],
                followUps: [],
                scored: true,
                criteria: [],
              }),
          )
        }
      >
        {i18n.t('desk.kitEditor.addQuestion', [section.title])}
      </button>
    </div>
  );
}
