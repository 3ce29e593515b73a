import { i18n } from '#i18n';
import type { Kit, Question } from '@/utils/domain/kit/schema';
import { buttonSecondary, labelText } from '@/components/common/styles';
import { FieldError, ItemControls, NumberInput, StringList, TextInput, useEditor, type Path } from './controls';

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
          <CriteriaEditor question={question} at={at} label={label} />
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

/** Weighted criteria of a question ("Service Design (20%)"): each scored on its own; together they weigh 100%. */
function CriteriaEditor({ question, at, label }: { question: Question; at: At; label: string }) {
  const { change } = useEditor();
  const path: Path = ['rounds', at.r, 'sections', at.s, 'questions', at.q, 'criteria'];
  const criteriaOf = (d: Kit) => questionOf(d, at).criteria;
  return (
    <fieldset className="space-y-1">
      <legend className={labelText}>{i18n.t('desk.kitEditor.criteriaOf', [label])}</legend>
      {question.criteria.map((c, i) => (
        <div key={c.id} className="flex flex-wrap items-end gap-2">
          <TextInput
            label={i18n.t('desk.kitEditor.criterionName', [String(i + 1), label])}
            value={c.name}
            path={[...path, i, 'name']}
            set={(d, v) => (criteriaOf(d)[i]!.name = v)}
          />
          <NumberInput
            label={i18n.t('desk.kitEditor.weightOf', [c.name])}
            value={c.weightPct}
            path={[...path, i, 'weightPct']}
            set={(d, v) => (criteriaOf(d)[i]!.weightPct = v as number)}
          />
          <ItemControls name={c.name} index={i} count={question.criteria.length} list={criteriaOf} />
        </div>
      ))}
      <FieldError path={path} />
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          change((d) => {
            const list = criteriaOf(d);
            let n = list.length + 1;
            while (list.some((c) => c.id === `criterion-${n}`)) n++;
            list.push({
              id: `criterion-${n}`,
              name: i18n.t('desk.kitEditor.newCriterion'),
              weightPct: list.length ? 1 : 100,
              points: [],
              anchors: [],
            });
          })
        }
      >
        {i18n.t('desk.kitEditor.addCriterion', [label])}
      </button>
    </fieldset>
  );
}
