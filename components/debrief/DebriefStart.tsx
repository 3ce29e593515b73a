import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { Platform } from '@/utils/domain/interview/schema';
import { request } from '@/utils/client/request';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction, useStoreQuery } from '@/components/hooks/useStore';
import { buttonPrimary, inputBase, labelText } from '@/components/common/styles';

export interface DebriefStartProps {
  /** The candidate, when the debrief is opened from them; otherwise their name is asked. */
  candidate?: { id: string; name: string };
  /** The kit the candidate's scorecards were run with, to preselect. */
  kitId?: string;
  facilitator: string;
  call?: { platform: Platform; meetingCode: string; meetingUrl: string };
  onOpened(debriefId: string): void;
}

/** Open a debrief for a candidate with a kit (its agenda): from the desk, or from the panel on the debrief's own call. */
export function DebriefStart({ candidate, kitId, facilitator, call, onOpened }: DebriefStartProps) {
  const kits = useStoreQuery('kits.list', {});
  const [name, setName] = useState('');
  const [kit, setKit] = useState(kitId ?? '');
  const [who, setWho] = useState(facilitator);
  const { outcome, run, busy } = useStoreAction();
  const ids = { name: useId(), kit: useId(), who: useId() };
  const chosenKit = kit || kits.data?.[0]?.id || '';
  return (
    <form
      aria-label={i18n.t('debrief.start.label')}
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run(i18n.t('debrief.start.opening'), async () => {
          const opened = await request('debriefs.open', {
            ...(candidate ? { candidateId: candidate.id } : { candidateName: name }),
            kitId: chosenKit,
            facilitator: who,
            ...call,
          });
          onOpened(opened.id);
        });
      }}
    >
      {!candidate && (
        <div>
          <label htmlFor={ids.name} className={labelText}>
            {i18n.t('debrief.start.candidate')}
          </label>
          <input id={ids.name} className={inputBase} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
      )}
      <div>
        <label htmlFor={ids.kit} className={labelText}>
          {i18n.t('debrief.start.kit')}
        </label>
        <select id={ids.kit} className={inputBase} value={chosenKit} disabled={!kits.data} onChange={(e) => setKit(e.target.value)}>
          {(kits.data ?? []).map((k) => (
            <option key={k.id} value={k.id}>
              {k.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.who} className={labelText}>
          {i18n.t('debrief.start.facilitator')}
        </label>
        <input id={ids.who} className={inputBase} value={who} onChange={(e) => setWho(e.target.value)} autoComplete="name" />
      </div>
      <button type="submit" className={buttonPrimary} disabled={busy || !chosenKit || (!candidate && !name.trim())}>
        {i18n.t('debrief.start.submit')}
      </button>
      <OutcomeLine outcome={outcome} />
    </form>
  );
}
