import { useCallback, useMemo } from 'react';
import { debriefModel, type DebriefModel } from '@/utils/domain/debrief/model';
import type { TimerEvent } from '@/utils/domain/interview/schema';
import { nextEventTime } from '@/utils/domain/timer';
import type { Kit } from '@/utils/domain/kit/schema';
import type { RequestName, RequestPayload } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { useStoreAction, useStoreQuery, type Outcome } from '@/components/hooks/useStore';
import { useClock } from '@/components/hooks/useNow';

export type AgendaAction = 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'finish' | { jump: number };

export interface DebriefHandle {
  model: DebriefModel | null;
  /** Every installed kit version (to read dropped files with the version they name). */
  kits: Kit[];
  loadError: string;
  outcome: Outcome;
  setOutcome(outcome: Outcome): void;
  busy: boolean;
  /** Send one change; its refusal is shown in `outcome`. Resolves true when stored. */
  send<N extends RequestName>(busyText: string, name: N, payload: RequestPayload<N>, done?: string): Promise<boolean>;
  timer(action: AgendaAction): Promise<boolean>;
}

/**
 * One debrief, followed live from the store (so a reload, or a colleague's tab, shows the same
 * meeting), with the model every step reads and the changes the facilitator makes.
 */
export function useDebrief(id: string, busyText: string): DebriefHandle {
  const bundle = useStoreQuery('debriefs.get', { id });
  const kits = useStoreQuery('debriefs.kits', {});
  const history = useStoreQuery('debriefs.calibration', { excludeId: id });
  const { outcome, setOutcome, run, busy } = useStoreAction();
  const clock = useClock();
  const data = bundle.data?.debrief.id === id ? bundle.data : undefined;
  const model = useMemo(
    () => (data && kits.data ? debriefModel(data, kits.data, history.data ?? []) : null),
    [data, kits.data, history.data],
  );
  const send = useCallback(
    <N extends RequestName>(text: string, name: N, payload: RequestPayload<N>, done?: string) =>
      run(text, async () => {
        await request(name, payload);
        return done;
      }),
    [run],
  );
  const events = data?.debrief.timerEvents;
  const timer = useCallback(
    (action: AgendaAction) => {
      const at = nextEventTime(events ?? [], clock());
      const event: TimerEvent = typeof action === 'object' ? { type: 'jump', at, sectionIndex: action.jump } : { type: action, at };
      return send(busyText, 'debriefs.timer', { id, event });
    },
    [events, clock, send, busyText, id],
  );
  return {
    model,
    kits: kits.data ?? [],
    loadError: bundle.error?.message ?? kits.error?.message ?? '',
    outcome,
    setOutcome,
    busy,
    send,
    timer,
  };
}
