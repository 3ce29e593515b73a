import { i18n } from '#i18n';
import { DEBRIEF_STEP_KINDS, type Kit } from '@/utils/domain/kit/schema';
import { NumberInput, StringList, TextInput } from './controls';
import { ChoiceSelect, ItemList } from './ItemList';

const NEXT_STEPS = ['offer', 'reference-checks', 'more-interviews', 'reject', 'none'] as const;

/** The scoring matrix (categories with weight and minimum), the offer threshold and the decision options. */
export function ScoringEditor({ kit }: { kit: Kit }) {
  return (
    <fieldset className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
      <legend className="px-1 font-semibold">{i18n.t('desk.kitEditor.scoring')}</legend>
      <ItemList
        items={kit.categories}
        list={(d) => d.categories}
        name={(c) => c.name}
        errorPath="categories"
        add={{
          label: i18n.t('desk.kitEditor.addCategory'),
          idBase: 'category',
          item: (id) => ({ id, name: i18n.t('desk.kitEditor.newCategory'), weightPct: 0, minScore: 1, notes: '' }),
        }}
        row={(c, i) => (
          <>
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
          </>
        )}
      />
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
  return (
    <ItemList
      items={kit.decisionOptions}
      list={(d) => d.decisionOptions}
      name={(o) => o.label}
      errorPath="decisionOptions"
      add={{
        label: i18n.t('desk.kitEditor.addDecision'),
        idBase: 'decision',
        item: (id) => ({ id, label: i18n.t('desk.kitEditor.newDecision'), meaning: '', nextStep: 'none' as const }),
      }}
      row={(o, i) => (
        <>
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
          <ChoiceSelect
            label={i18n.t('desk.kitEditor.nextStepOf', [o.label])}
            value={o.nextStep}
            options={NEXT_STEPS}
            set={(d, v) => (d.decisionOptions[i]!.nextStep = v)}
          />
        </>
      )}
    />
  );
}

/** The debrief agenda: how the meeting is held and its timed steps, each of a kind the debrief knows how to run. */
export function AgendaEditor({ kit }: { kit: Kit }) {
  return (
    <fieldset className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
      <legend className="px-1 font-semibold">{i18n.t('desk.kitEditor.agenda')}</legend>
      <StringList
        label={i18n.t('desk.kitEditor.agendaFormat')}
        items={kit.debriefAgenda.format}
        path={['debriefAgenda', 'format']}
        list={(d) => d.debriefAgenda.format}
      />
      <ItemList
        items={kit.debriefAgenda.steps}
        list={(d) => d.debriefAgenda.steps}
        name={(step) => step.title}
        add={{
          label: i18n.t('desk.kitEditor.addStep'),
          idBase: 'step',
          item: (id) => ({ id, title: i18n.t('desk.kitEditor.newStep'), kind: 'free' as const, durationMin: 5 }),
        }}
        row={(step, i) => (
          <>
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
            <ChoiceSelect
              label={i18n.t('desk.kitEditor.stepKind', [step.title])}
              value={step.kind}
              options={DEBRIEF_STEP_KINDS}
              set={(d, v) => (d.debriefAgenda.steps[i]!.kind = v)}
            />
          </>
        )}
      />
    </fieldset>
  );
}
