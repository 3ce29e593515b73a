import { i18n } from '#i18n';
import { DEBRIEF_STEP_KINDS, type Kit } from '@/utils/domain/kit/schema';
import { buttonSecondary, labelText } from '@/components/common/styles';
import { FieldError, ItemControls, NumberInput, StringList, TextInput, useEditor } from './controls';

const NEXT_STEPS = ['offer', 'reference-checks', 'more-interviews', 'reject', 'none'] as const;
const taken = (ids: string[], base: string) => {
  for (let n = 1; ; n++) if (!ids.includes(`${base}-${n}`)) return `${base}-${n}`;
};

/** The scoring matrix (categories with weight and minimum), the offer threshold and the decision options. */
export function ScoringEditor({ kit }: { kit: Kit }) {
  const { change } = useEditor();
  return (
    <fieldset className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
      <legend className="px-1 font-semibold">{i18n.t('desk.kitEditor.scoring')}</legend>
      {kit.categories.map((c, i) => (
        <div key={c.id} className="flex flex-wrap items-end gap-2">
          <TextInput
            label={i18n.t('desk.kitEditor.categoryName', [String(i + 1)])}
            value={c.name}
            path={['categories', i, 'name']}
            set={(d, v) => (d.categories[i]!.name = v)}
          />
          <NumberInput
            label={i18n.t('desk.kitEditor.weightOf', [c.name])}
            value={c.weightPct}
            path={['categories', i, 'weightPct']}
            set={(d, v) => (d.categories[i]!.weightPct = v as number)}
          />
          <NumberInput
            label={i18n.t('desk.kitEditor.minimumOf', [c.name])}
            value={c.minScore}
            path={['categories', i, 'minScore']}
            set={(d, v) => (d.categories[i]!.minScore = v as number)}
          />
          <ItemControls name={c.name} index={i} count={kit.categories.length} list={(d) => d.categories} />
        </div>
      ))}
      <FieldError path="categories" />
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          change(
            (d) =>
              void d.categories.push({
                id: taken(
                  d.categories.map((c) => c.id),
                  'category',
                ),
                name: i18n.t('desk.kitEditor.newCategory'),
                weightPct: 0,
                minScore: 1,
                notes: '',
              }),
          )
        }
      >
        {i18n.t('desk.kitEditor.addCategory')}
      </button>
      <NumberInput
        label={i18n.t('desk.kitEditor.threshold')}
        value={kit.offerThreshold}
        optional
        path={['offerThreshold']}
        set={(d, v) => (d.offerThreshold = v)}
      />
      <DecisionsEditor kit={kit} />
    </fieldset>
  );
}

/** The decision options, each with what it means and the step it sets in motion. */
function DecisionsEditor({ kit }: { kit: Kit }) {
  const { change } = useEditor();
  return (
    <>
      {kit.decisionOptions.map((o, i) => (
        <div key={o.id} className="flex flex-wrap items-end gap-2">
          <TextInput
            label={i18n.t('desk.kitEditor.decisionLabel', [String(i + 1)])}
            value={o.label}
            path={['decisionOptions', i, 'label']}
            set={(d, v) => (d.decisionOptions[i]!.label = v)}
          />
          <TextInput
            label={i18n.t('desk.kitEditor.decisionMeaning', [o.label])}
            value={o.meaning}
            path={['decisionOptions', i, 'meaning']}
            set={(d, v) => (d.decisionOptions[i]!.meaning = v)}
          />
          <label className={labelText}>
            {i18n.t('desk.kitEditor.nextStepOf', [o.label])}
            <select
              className="ml-1 rounded border border-zinc-300 bg-white text-sm dark:border-zinc-600 dark:bg-zinc-900"
              value={o.nextStep}
              onChange={(e) => change((d) => void (d.decisionOptions[i]!.nextStep = e.target.value as (typeof NEXT_STEPS)[number]))}
            >
              {NEXT_STEPS.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <ItemControls name={o.label} index={i} count={kit.decisionOptions.length} list={(d) => d.decisionOptions} />
        </div>
      ))}
      <FieldError path="decisionOptions" />
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          change(
            (d) =>
              void d.decisionOptions.push({
                id: taken(
                  d.decisionOptions.map((o) => o.id),
                  'decision',
                ),
                label: i18n.t('desk.kitEditor.newDecision'),
                meaning: '',
                nextStep: 'none',
              }),
          )
        }
      >
        {i18n.t('desk.kitEditor.addDecision')}
      </button>
    </>
  );
}

/** The debrief agenda: how the meeting is held and its timed steps, each of a kind the debrief knows how to run. */
export function AgendaEditor({ kit }: { kit: Kit }) {
  const { change } = useEditor();
  const steps = kit.debriefAgenda.steps;
  return (
    <fieldset className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
      <legend className="px-1 font-semibold">{i18n.t('desk.kitEditor.agenda')}</legend>
      <StringList
        label={i18n.t('desk.kitEditor.agendaFormat')}
        items={kit.debriefAgenda.format}
        path={['debriefAgenda', 'format']}
        list={(d) => d.debriefAgenda.format}
      />
      {steps.map((step, i) => (
        <div key={step.id} className="flex flex-wrap items-end gap-2">
          <TextInput
            label={i18n.t('desk.kitEditor.stepTitle', [String(i + 1)])}
            value={step.title}
            path={['debriefAgenda', 'steps', i, 'title']}
            set={(d, v) => (d.debriefAgenda.steps[i]!.title = v)}
          />
          <NumberInput
            label={i18n.t('desk.kitEditor.minutesFor', [step.title])}
            value={step.durationMin}
            path={['debriefAgenda', 'steps', i, 'durationMin']}
            set={(d, v) => (d.debriefAgenda.steps[i]!.durationMin = v as number)}
          />
          <label className={labelText}>
            {i18n.t('desk.kitEditor.stepKind', [step.title])}
            <select
              className="ml-1 rounded border border-zinc-300 bg-white text-sm dark:border-zinc-600 dark:bg-zinc-900"
              value={step.kind}
              onChange={(e) => change((d) => void (d.debriefAgenda.steps[i]!.kind = e.target.value as (typeof DEBRIEF_STEP_KINDS)[number]))}
            >
              {DEBRIEF_STEP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <ItemControls name={step.title} index={i} count={steps.length} list={(d) => d.debriefAgenda.steps} />
        </div>
      ))}
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          change(
            (d) =>
              void d.debriefAgenda.steps.push({
                id: taken(
                  d.debriefAgenda.steps.map((s) => s.id),
                  'step',
                ),
                title: i18n.t('desk.kitEditor.newStep'),
                kind: 'free',
                durationMin: 5,
              }),
          )
        }
      >
        {i18n.t('desk.kitEditor.addStep')}
      </button>
    </fieldset>
  );
}
