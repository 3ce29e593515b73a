import { useId, useRef, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import type { CallInfo } from '@/utils/host/frame';
import type { KitLibraryEntry } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { formatMinutes } from '@/utils/domain/format';
import { useClock } from '@/components/hooks/useNow';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { errorText, useStoreQuery } from '@/components/hooks/useStore';
import { useDebounced } from '@/components/hooks/useDebounced';
import { buttonPrimary, card, inputBase, labelText, mutedText } from '@/components/common/styles';

/** Candidates offered as the name is typed: enough to pick from, never the whole store. */
const CANDIDATES_OFFERED = 50;

export interface StartFormProps {
  call: CallInfo;
  settings: SettingsHandle;
  kits: KitLibraryEntry[] | null;
  kitsError: string;
  onStarted(interviewId: string): void;
}

type Field = 'candidate' | 'kit' | 'round' | 'interviewer';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs text-rose-700 dark:text-rose-300">
      {message}
    </p>
  );
}

/** Who, which kit and round, and who is interviewing; then the interview and its clock start. */
export function StartForm({ call, settings, kits, kitsError, onStarted }: StartFormProps) {
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
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  // Searched as the name is typed; without an answer the interviewer can still type a name, and
  // the store then matches it to an existing candidate itself.
  const search = useDebounced(candidateName.trim(), 200);
  const candidates =
    useStoreQuery('candidates.list', { search: search || undefined, limit: CANDIDATES_OFFERED }).data?.rows.map((row) => row.candidate) ??
    [];

  const remembered = settings.settings;
  const kit =
    kits?.find((k) => k.id === kitId) ?? kits?.find((k) => k.id === remembered.lastKitId) ?? kits?.find((k) => k.builtIn) ?? kits?.[0];
  const round = kit?.rounds.find((r) => r.id === roundId) ?? kit?.rounds.find((r) => r.id === remembered.lastRoundId) ?? kit?.rounds[0];
  const interviewerValue = interviewer ?? remembered.interviewerName ?? '';
  const existing = candidateName.trim()
    ? candidates.filter((c) => sameName(c.name, candidateName)).sort((a, b) => b.createdAt - a.createdAt)[0]
    : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!candidateName.trim()) found.candidate = i18n.t('panel.start.needCandidate');
    if (!kit) found.kit = i18n.t('panel.start.needKit');
    else if (!round) found.round = i18n.t('panel.start.needRound');
    if (!interviewerValue.trim()) found.interviewer = i18n.t('panel.start.needInterviewer');
    setErrors(found);
    setFailure('');
    const first = (['candidate', 'kit', 'round', 'interviewer'] as const).find((f) => found[f]);
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

  const describedBy = (field: Field) => (errors[field] ? `${ids[field]}-error` : undefined);

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${ids.candidate}-form`} className={`${card} space-y-3`}>
      <h2 id={`${ids.candidate}-form`} className="text-sm font-semibold">
        {i18n.t('panel.start.title')}
      </h2>
      {call.inCall && call.meetingCode && <p className={mutedText}>{i18n.t('panel.start.meeting', [call.meetingCode])}</p>}
      <div>
        <label htmlFor={ids.candidate} className={labelText}>
          {i18n.t('panel.start.candidate')}
        </label>
        <input
          id={ids.candidate}
          ref={refs.candidate}
          list={ids.list}
          autoComplete="off"
          value={candidateName}
          onChange={(e) => setCandidateName(e.target.value)}
          aria-invalid={!!errors.candidate || undefined}
          aria-describedby={describedBy('candidate') ?? (existing ? `${ids.candidate}-existing` : undefined)}
          className={`${inputBase} mt-1`}
        />
        <datalist id={ids.list}>
          {candidates.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
        <FieldError id={`${ids.candidate}-error`} message={errors.candidate} />
        {existing && !errors.candidate && (
          <p id={`${ids.candidate}-existing`} className={`mt-1 ${mutedText}`}>
            {i18n.t('panel.start.existingCandidate')}
          </p>
        )}
      </div>
      <div className="grid grid-cols-1 gap-3 min-[400px]:grid-cols-2">
        <div>
          <label htmlFor={ids.kit} className={labelText}>
            {i18n.t('panel.start.kit')}
          </label>
          <select
            id={ids.kit}
            ref={refs.kit}
            value={kit?.id ?? ''}
            disabled={!kits}
            onChange={(e) => {
              setKitId(e.target.value);
              setRoundId('');
            }}
            aria-invalid={!!errors.kit || undefined}
            aria-describedby={describedBy('kit')}
            className={`${inputBase} mt-1`}
          >
            {!kits && <option value="">{i18n.t('common.loading')}</option>}
            {kits?.map((k) => (
              <option key={k.id} value={k.id}>
                {k.title}
              </option>
            ))}
          </select>
          <FieldError id={`${ids.kit}-error`} message={errors.kit} />
        </div>
        <div>
          <label htmlFor={ids.round} className={labelText}>
            {i18n.t('panel.start.round')}
          </label>
          <select
            id={ids.round}
            ref={refs.round}
            value={round?.id ?? ''}
            disabled={!kit}
            onChange={(e) => setRoundId(e.target.value)}
            aria-invalid={!!errors.round || undefined}
            aria-describedby={describedBy('round')}
            className={`${inputBase} mt-1`}
          >
            {kit?.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.durationMin ? i18n.t('panel.start.roundWithLength', [r.title, formatMinutes(r.durationMin)]) : r.title}
              </option>
            ))}
          </select>
          <FieldError id={`${ids.round}-error`} message={errors.round} />
        </div>
      </div>
      <div>
        <label htmlFor={ids.interviewer} className={labelText}>
          {i18n.t('panel.start.interviewer')}
        </label>
        <input
          id={ids.interviewer}
          ref={refs.interviewer}
          autoComplete="name"
          value={interviewerValue}
          onChange={(e) => setInterviewer(e.target.value)}
          aria-invalid={!!errors.interviewer || undefined}
          aria-describedby={describedBy('interviewer')}
          className={`${inputBase} mt-1`}
        />
        <FieldError id={`${ids.interviewer}-error`} message={errors.interviewer} />
      </div>
      {(failure || kitsError) && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {failure || i18n.t('panel.start.kitsFailed', [kitsError])}
        </p>
      )}
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={busy}>
        {busy ? i18n.t('panel.start.starting') : i18n.t('panel.start.start')}
      </button>
    </form>
  );
}
