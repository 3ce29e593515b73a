import { useId, useRef, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import type { CallInfo } from '@/utils/host/frame';
import type { KitSummary } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { useClock } from '@/components/hooks/useNow';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { errorText, useStoreQuery } from '@/components/hooks/useStore';
import { useDebounced } from '@/components/hooks/useDebounced';

/** Candidates offered as the name is typed: enough to pick from, never the whole store. */
const CANDIDATES_OFFERED = 50;

export type StartField = 'candidate' | 'kit' | 'round' | 'interviewer';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export interface StartFormOptions {
  call: CallInfo;
  settings: SettingsHandle;
  kits: KitSummary[] | null;
  onStarted(interviewId: string): void;
}

/** The start form's state: what is typed and chosen (with the remembered defaults), its checks, and starting the interview and its clock. */
export function useStartForm({ call, settings, kits, onStarted }: StartFormOptions) {
  const clock = useClock();
  const ids = { candidate: useId(), kit: useId(), round: useId(), interviewer: useId(), list: useId() };
  const refs = {
    candidate: useRef<HTMLInputElement>(null),
    kit: useRef<HTMLSelectElement>(null),
    round: useRef<HTMLSelectElement>(null),
    interviewer: useRef<HTMLInputElement>(null),
  };
  const [candidateName, setCandidateName] = useState('');
  const [kitId, setKitId] = useState('');
  const [roundId, setRoundId] = useState('');
  const [interviewer, setInterviewer] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<StartField, string>>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  // Searched as the name is typed; without an answer the interviewer can still type a name, and
  // the store then matches it to an existing candidate itself.
  const search = useDebounced(candidateName.trim(), 200);
  const candidates = useStoreQuery('candidates.find', { search: search || undefined, limit: CANDIDATES_OFFERED }).data ?? [];

  const remembered = settings.settings;
  const kit =
    kits?.find((k) => k.id === kitId) ?? kits?.find((k) => k.id === remembered.lastKitId) ?? kits?.find((k) => k.builtIn) ?? kits?.[0];
  const round = kit?.rounds.find((r) => r.id === roundId) ?? kit?.rounds.find((r) => r.id === remembered.lastRoundId) ?? kit?.rounds[0];
  const interviewerValue = interviewer ?? remembered.interviewerName ?? '';
  const existing = candidateName.trim()
    ? candidates.filter((c) => sameName(c.name, candidateName)).sort((a, b) => b.createdAt - a.createdAt)[0]
    : undefined;

  const check = (): StartField | undefined => {
    const found: Partial<Record<StartField, string>> = {};
    if (!candidateName.trim()) found.candidate = i18n.t('panel.start.needCandidate');
    if (!kit) found.kit = i18n.t('panel.start.needKit');
    else if (!round) found.round = i18n.t('panel.start.needRound');
    if (!interviewerValue.trim()) found.interviewer = i18n.t('panel.start.needInterviewer');
    setErrors(found);
    return (['candidate', 'kit', 'round', 'interviewer'] as const).find((f) => found[f]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure('');
    const first = check();
    if (first) {
      refs[first].current?.focus();
      return;
    }
    setBusy(true);
    try {
      const bundle = await request('interviews.start', {
        ...(existing ? { candidateId: existing.id } : { candidateName: candidateName.trim() }),
        kitId: kit!.id,
        roundId: round!.id,
        interviewer: interviewerValue.trim(),
        platform: call.platform,
        meetingCode: call.meetingCode,
        meetingUrl: call.meetingUrl,
      });
      void settings.set({ interviewerName: interviewerValue.trim(), lastKitId: kit!.id, lastRoundId: round!.id });
      try {
        await request('interviews.timer', { id: bundle.interview.id, event: { type: 'start', at: clock() } });
      } catch {
        // The interview exists; its view offers "Start timer" when the clock did not start.
      }
      onStarted(bundle.interview.id);
    } catch (error) {
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  return {
    ids,
    refs,
    candidates,
    existing,
    kit,
    round,
    candidateName,
    interviewerValue,
    errors,
    failure,
    busy,
    setCandidateName,
    setInterviewer,
    chooseKit: (id: string) => {
      setKitId(id);
      setRoundId('');
    },
    chooseRound: setRoundId,
    submit,
    describedBy: (field: StartField) => (errors[field] ? `${ids[field]}-error` : undefined),
  };
}
