import { i18n } from '#i18n';
import type { Kit, Question } from '@/utils/domain/kit/schema';
import { labelText } from '@/components/common/styles';
import { ItemControls, StringList, TextInput, useEditor, type Path } from './controls';

type At = { r: number; s: number; q: number };
const questionOf = (d: Kit, at: At) => d.rounds[at.r]!.sections[at.s]!.questions[at.q]!;

/** One question: its title, prompt, expected points, follow-ups, code sample, category, scored or not, and criteria. */
export function QuestionEditor({
  question,
  at,
  label,
  count,
  kit,
}: {
  question: Question;
  at: At;
  label: string;
  count: number;
  kit: Kit;
}) {
  const { change } = useEditor();
  const path: Path = ['rounds', at.r, 'sections', at.s, 'questions', at.q];
  const full = question.title ? i18n.t('desk.kitEditor.questionTitled', [label, question.title]) : label;
  return (
    <li className="space-y-2 rounded-md border border-zinc-200 p-2 dark:border-zinc-700">
      <div className="flex items-start gap-2">
        <TextInput
          label={full}
          value={question.prompt}
          path={[...path, 'prompt']}
          set={(d, v) => (questionOf(d, at).prompt = v)}
          multiline
        />
        <ItemControls name={label} index={at.q} count={count} list={(d) => d.rounds[at.r]!.sections[at.s]!.questions} />
      </div>
      <details>
        <summary className="cursor-pointer text-sm">{i18n.t('desk.kitEditor.moreOf', [label])}</summary>
        <div className="mt-2 space-y-2">
          <TextInput
            label={i18n.t('desk.kitEditor.titleOf', [label])}
            value={question.title ?? ''}
            path={[...path, 'title']}
            set={(d, v) => (questionOf(d, at).title = v || undefined)}
          />
          <StringList
            label={i18n.t('desk.kitEditor.expectedOf', [label])}
            items={question.expectedPoints}
            path={[...path, 'expectedPoints']}
            list={(d) => questionOf(d, at).expectedPoints}
          />
          <StringList
            label={i18n.t('desk.kitEditor.followUpsOf', [label])}
            items={question.followUps}
            path={[...path, 'followUps']}
            list={(d) => questionOf(d, at).followUps}
          />
          <TextInput
            label={i18n.t('desk.kitEditor.codeOf', [label])}
            value={question.code?.source ?? ''}
            path={[...path, 'code', 'source']}
            multiline
            set={(d, v) => {
              const q = questionOf(d, at);
              q.code = v
                ? { language: q.code?.language ?? 'text', source: v, ...(q.code?.caption ? { caption: q.code.caption } : {}) }
                : undefined;
            }}
          />
          <label className={`${labelText} flex items-center gap-2`}>
            <input
              type="checkbox"
              checked={question.scored}
              onChange={(e) => change((d) => void (questionOf(d, at).scored = e.target.checked))}
            />
            {i18n.t('desk.kitEditor.scoredOf', [label])}
          </label>
          {kit.categories.length > 0 && (
            <label className={labelText}>
              {i18n.t('desk.kitEditor.categoryOf', [label])}
              <select
                className="ml-2 rounded border border-zinc-300 bg-white text-sm dark:border-zinc-600 dark:bg-zinc-900"
                value={question.categoryId ?? ''}
                onChange={(e) => change((d) => void (questionOf(d, at).categoryId = e.target.value || undefined))}
              >
                <option value="">{i18n.t('desk.kitEditor.noCategory')}</option>
                {kit.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </details>
    </li>
  );
}
