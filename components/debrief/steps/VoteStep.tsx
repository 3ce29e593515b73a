import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { DebriefModel } from '@/utils/domain/debrief/model';
import { decisionLabel } from '@/utils/domain/debrief/build';
import { personKey } from '@/utils/domain/debrief/combine';
import { buttonQuiet, buttonSecondary, badgeWarn, focusRing, inputBase, labelText, mutedText } from '@/components/common/styles';
import type { DebriefHandle } from '../useDebrief';
import { PanelDecision } from './PanelDecision';

interface VoterProps {
  name: string;
  marked: boolean;
  chosen: string | undefined;
  model: DebriefModel;
  handle: DebriefHandle;
}

/** One voter's vote as a radio group: choosing records it at once; choosing again changes it. */
function Voter({ name, marked, chosen, model, handle }: VoterProps) {
  const group = useId();
  const { kit } = model.view;
  // The choice shows at once and stays until the stored vote is the same one (or the store refuses it).
  const [pending, setPending] = useState<{ value: string | null } | null>(null);
  const shown = pending ? (pending.value ?? undefined) : chosen;
  useEffect(() => {
    if (pending && (pending.value ?? undefined) === chosen) setPending(null);
  }, [pending, chosen]);
  const vote = (decisionId: string | null) => {
    const mine = { value: decisionId };
    setPending(mine);
    void handle
      .send(i18n.t('debrief.vote.recording'), 'debriefs.vote', { id: model.record.id, voter: name, decisionId })
      .then((stored) => !stored && setPending((now) => (now === mine ? null : now)));
  };
  return (
    <li className="rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-700">
      <fieldset>
        <legend className="flex flex-wrap items-baseline gap-1 font-medium">
          {i18n.t('debrief.vote.voteOf', [name])}
          {marked && <span className={badgeWarn}>{i18n.t('debrief.vote.noScorecard')}</span>}
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {kit.decisionOptions.map((option) => (
            <label key={option.id} className="inline-flex items-center gap-1">
              <input
                type="radio"
                name={group}
                className={`size-4 accent-sky-700 ${focusRing}`}
                checked={shown === option.id}
                onChange={() => vote(option.id)}
              />
              {option.label}
            </label>
          ))}
          {shown && (
            <button
              type="button"
              className={buttonQuiet}
              onClick={() => vote(null)}
              aria-label={i18n.t('debrief.vote.withdrawFor', [name])}
            >
              {i18n.t('debrief.vote.withdraw')}
            </button>
          )}
        </div>
      </fieldset>
    </li>
  );
}

/** A vote from someone not on the list (a hiring manager who did not interview): allowed, and marked. */
function AddVoter({ onAdd }: { onAdd(name: string): void }) {
  const [name, setName] = useState('');
  const id = useId();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onAdd(name.trim());
        setName('');
      }}
    >
      <div className="min-w-40 flex-1">
        <label htmlFor={id} className={labelText}>
          {i18n.t('debrief.vote.otherVoter')}
        </label>
        <input id={id} className={inputBase} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className={buttonSecondary} disabled={!name.trim()}>
        {i18n.t('debrief.vote.addVoter')}
      </button>
    </form>
  );
}

/** The final vote: one vote per interviewer, recorded live, then the panel's decision with its reason and consequence. */
export function VoteStep({ model, handle, onShowReferences }: { model: DebriefModel; handle: DebriefHandle; onShowReferences(): void }) {
  const [extra, setExtra] = useState<string[]>([]);
  const { votes } = model.outcome;
  const byKey = new Map(votes.votes.map((v) => [personKey(v.voter), v]));
  const names = [
    ...model.view.people.map((p) => p.name),
    ...votes.votes.filter((v) => !v.hasScorecard).map((v) => v.voter),
    ...extra.filter((n) => !byKey.has(personKey(n)) && !model.view.people.some((p) => p.key === personKey(n))),
  ];
  const interviewers = new Set(model.view.people.map((p) => p.key));
  return (
    <div className="space-y-3">
      <p className="text-sm" role="status" aria-label={i18n.t('debrief.vote.tallyLabel')}>
        {i18n.t('debrief.vote.tally', [
          votes.tally.map((t) => i18n.t('debrief.vote.tallyItem', [t.label, formatNumber(t.votes)])).join(', '),
        ])}
        {votes.notYet.length > 0 && ` ${i18n.t('debrief.vote.notYet', [votes.notYet.join(', ')])}`}
      </p>
      <ul aria-label={i18n.t('debrief.vote.voters')} className="space-y-2">
        {names.map((name) => (
          <Voter
            key={personKey(name)}
            name={name}
            marked={!interviewers.has(personKey(name))}
            chosen={byKey.get(personKey(name))?.decisionId}
            model={model}
            handle={handle}
          />
        ))}
      </ul>
      <AddVoter onAdd={(name) => setExtra((list) => [...list, name])} />
      {votes.leading.length > 0 && (
        <p className={mutedText}>
          {i18n.t('debrief.vote.leading', [votes.leading.map((id) => decisionLabel(model.view.kit, id)).join(', ')])}
        </p>
      )}
      <PanelDecision model={model} handle={handle} onShowReferences={onShowReferences} />
    </div>
  );
}
