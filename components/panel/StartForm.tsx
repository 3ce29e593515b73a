import { useEffect } from 'react';
import { i18n } from '#i18n';
import type { CallInfo } from '@/utils/host/frame';
import type { KitSummary } from '@/utils/protocol';
import { formatMinutes } from '@/utils/domain/format';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { useStoreQuery } from '@/components/hooks/useStore';
import { buttonPrimary, card, focusRing, inputBase, labelText, mutedText } from '@/components/common/styles';
import { useStartForm } from './useStartForm';

type StartFormState = ReturnType<typeof useStartForm>;

export interface StartFormProps {
  call: CallInfo;
  settings: SettingsHandle;
  kits: KitSummary[] | null;
  kitsError: string;
  onStarted(interviewId: string): void;
  /** Put the caret in the candidate's name at once (the form was just asked for). */
  focusCandidate?: boolean;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs text-rose-700 dark:text-rose-300">
      {message}
    </p>
  );
}

/** The kit's "before the interview" advice (send the agenda, share the overview…), for the interview about to start. */
function BeforeGuidance({ kitId }: { kitId: string | undefined }) {
  const kit = useStoreQuery('kits.get', kitId ? { id: kitId } : null).data;
  const before = kit?.id === kitId ? (kit?.guidance.before ?? []) : [];
  if (before.length === 0) return null;
  return (
    <details className="rounded-md border border-zinc-200 dark:border-zinc-700">
      <summary className={`cursor-pointer px-2 py-1.5 text-sm font-medium ${focusRing}`}>{i18n.t('panel.start.before')}</summary>
      <ul className="list-disc space-y-0.5 px-2 pb-2 pl-7 text-sm">
        {before.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

/** Which kit and which of its rounds: the remembered ones first. */
function KitAndRound({ form, kits }: { form: StartFormState; kits: KitSummary[] | null }) {
  const { ids, refs, errors, kit, round, describedBy } = form;
  return (
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
          onChange={(e) => form.chooseKit(e.target.value)}
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
          onChange={(e) => form.chooseRound(e.target.value)}
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
  );
}

/** Who, which kit and round, and who is interviewing; then the interview and its clock start. */
export function StartForm({ call, settings, kits, kitsError, onStarted, focusCandidate = false }: StartFormProps) {
  const form = useStartForm({ call, settings, kits, onStarted });
  const { ids, refs, errors, kit, describedBy } = form;
  // Asked for ("Start another interview"): the form may have been there, hidden, all along.
  useEffect(() => {
    if (focusCandidate) refs.candidate.current?.focus();
  }, [focusCandidate, refs.candidate]);
  return (
    <form noValidate onSubmit={(e) => void form.submit(e)} aria-labelledby={`${ids.candidate}-form`} className={`${card} space-y-3`}>
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
          value={form.candidateName}
          onChange={(e) => form.setCandidateName(e.target.value)}
          aria-invalid={!!errors.candidate || undefined}
          aria-describedby={describedBy('candidate') ?? (form.existing ? `${ids.candidate}-existing` : undefined)}
          className={`${inputBase} mt-1`}
        />
        <datalist id={ids.list}>
          {form.candidates.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
        <FieldError id={`${ids.candidate}-error`} message={errors.candidate} />
        {form.existing && !errors.candidate && (
          <p id={`${ids.candidate}-existing`} className={`mt-1 ${mutedText}`}>
            {i18n.t('panel.start.existingCandidate')}
          </p>
        )}
      </div>
      <KitAndRound form={form} kits={kits} />
      <div>
        <label htmlFor={ids.interviewer} className={labelText}>
          {i18n.t('panel.start.interviewer')}
        </label>
        <input
          id={ids.interviewer}
          ref={refs.interviewer}
          autoComplete="name"
          value={form.interviewerValue}
          onChange={(e) => form.setInterviewer(e.target.value)}
          aria-invalid={!!errors.interviewer || undefined}
          aria-describedby={describedBy('interviewer')}
          className={`${inputBase} mt-1`}
        />
        <FieldError id={`${ids.interviewer}-error`} message={errors.interviewer} />
      </div>
      <BeforeGuidance kitId={kit?.id} />
      {(form.failure || kitsError) && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {form.failure || i18n.t('panel.start.kitsFailed', [kitsError])}
        </p>
      )}
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={form.busy}>
        {form.busy ? i18n.t('panel.start.starting') : i18n.t('panel.start.start')}
      </button>
    </form>
  );
}
