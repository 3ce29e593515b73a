import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import type { CallInfo } from '@/utils/host/frame';
import type { Interview, Candidate } from '@/utils/domain/interview/schema';
import type { InterviewBundle } from '@/utils/protocol';
import { formatDateTimeShort } from '@/utils/domain/format';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { useStoreQuery } from '@/components/hooks/useStore';
import { buttonPrimary, buttonSecondary, card, mutedText } from '@/components/common/styles';
import { StartForm } from './StartForm';

export interface StartScreenProps {
  call: CallInfo;
  /** False while a call page framing the panel has not yet said which call this is. */
  callKnown?: boolean;
  settings: SettingsHandle;
  onOpen(interviewId: string): void;
  /** The interviewer asked for another interview (from a scorecard): the form comes first. */
  startAnother?: boolean;
}

interface Resumable {
  interview: Interview;
  candidate: Candidate;
  roundTitle: string;
}

const roundTitleOf = (bundle: InterviewBundle) =>
  bundle.kit.rounds.find((r) => r.id === bundle.interview.roundId)?.title ?? bundle.interview.roundId;

function ResumeOffer({ rows, onOpen }: { rows: Resumable[]; onOpen(id: string): void }) {
  return (
    <section aria-labelledby="resume-heading" className={`${card} space-y-2`}>
      <h2 id="resume-heading" className="text-sm font-semibold">
        {i18n.t('panel.resume.heading', rows.length)}
      </h2>
      <ul className="space-y-2">
        {rows.map(({ interview, candidate, roundTitle }) => (
          <li key={interview.id} className="flex items-center justify-between gap-2">
            <span className="min-w-0 text-sm">
              <span className="font-medium">{candidate.name}</span>
              <span className={`block ${mutedText}`}>
                {i18n.t('panel.resume.detail', [roundTitle, formatDateTimeShort(interview.startedAt ?? interview.createdAt)])}
              </span>
            </span>
            <button
              type="button"
              className={`${buttonPrimary} shrink-0`}
              aria-label={i18n.t('panel.resume.resumeWith', [candidate.name])}
              onClick={() => onOpen(interview.id)}
            >
              {i18n.t('panel.resume.resume')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface SubmittedOfferProps {
  bundle: InterviewBundle;
  onOpen(id: string): void;
  /** Shown with the start form hidden until the interviewer asks for it. */
  onStartAnother?(): void;
}

/** After Submit and a reload: the scorecard this meeting produced, to look at read-only, or start the next interview. */
function SubmittedOffer({ bundle, onOpen, onStartAnother }: SubmittedOfferProps) {
  const { interview, candidate } = bundle;
  return (
    <section aria-labelledby="submitted-heading" className={`${card} space-y-2 border-emerald-300 dark:border-emerald-700`}>
      <h2 id="submitted-heading" className="text-sm font-semibold">
        {i18n.t('panel.submittedOffer.heading')}
      </h2>
      <p className="text-sm">
        <span className="font-medium">{candidate.name}</span>
        <span className={`block ${mutedText}`}>
          {i18n.t('panel.submittedOffer.detail', [roundTitleOf(bundle), formatDateTimeShort(interview.submittedAt ?? interview.updatedAt)])}
        </span>
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonPrimary}
          aria-label={i18n.t('panel.submittedOffer.viewFor', [candidate.name])}
          onClick={() => onOpen(interview.id)}
        >
          {i18n.t('panel.submittedOffer.view')}
        </button>
        {onStartAnother && (
          <button type="button" className={buttonSecondary} onClick={onStartAnother}>
            {i18n.t('panel.summary.another')}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * Before an interview: an unfinished interview of this meeting is offered back first (a reload
 * or a rejoin must not lose the scorecard); a scorecard already submitted here is offered
 * read-only beside "Start another interview"; then the start form.
 */
export function StartScreen({ call, callKnown = true, settings, onOpen, startAnother = false }: StartScreenProps) {
  const meetingCode = call.meetingCode;
  const kits = useStoreQuery('kits.summaries', {});
  // Nothing is offered before the call page has said which meeting this is: another meeting's
  // drafts would flash up and go, and the form with them.
  const inMeeting = callKnown && !!meetingCode;
  const forMeeting = useStoreQuery('interviews.openForMeeting', inMeeting ? { meetingCode } : null);
  const submittedQuery = useStoreQuery('interviews.submittedForMeeting', inMeeting ? { meetingCode } : null);
  const submitted = submittedQuery.data ?? null;
  // Without a meeting (side panel, practice) the most recent drafts are the likely ones to resume.
  const recent = useStoreQuery('interviews.list', callKnown && !meetingCode ? { status: 'draft', limit: 3 } : null);
  const [another, setAnother] = useState(startAnother);
  // Once the interviewer has gone into the form, it stays: hiding it would take the caret (and
  // what is being typed) away from them in mid-word.
  const [inUse, setInUse] = useState(false);
  const resumable = useMemo<Resumable[]>(() => {
    if (meetingCode) {
      const bundle = forMeeting.data;
      return bundle ? [{ interview: bundle.interview, candidate: bundle.candidate, roundTitle: roundTitleOf(bundle) }] : [];
    }
    return recent.data?.rows ?? [];
  }, [meetingCode, forMeeting.data, recent.data]);
  const lookupError = (meetingCode ? forMeeting.error : recent.error)?.message ?? '';
  // The form waits (hidden, not unmounted, so what was typed survives) until the call is known,
  // when a submitted scorecard with nothing to resume comes first, and while the store has not yet
  // said whether there is one, so it does not flash and go. The meeting code can still arrive after
  // the form is shown (a call whose code is read late) and the store is asked again: once the form
  // is in use it no longer waits.
  const formWaits =
    (!callKnown || (!!submitted && resumable.length === 0) || (submittedQuery.loading && !submittedQuery.error)) && !another && !inUse;

  return (
    <div className="space-y-3 p-3">
      {resumable.length > 0 && <ResumeOffer rows={resumable} onOpen={onOpen} />}
      {submitted && meetingCode && (
        <SubmittedOffer
          bundle={submitted}
          onOpen={onOpen}
          onStartAnother={formWaits && !submittedQuery.loading ? () => setAnother(true) : undefined}
        />
      )}
      {lookupError && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {lookupError}
        </p>
      )}
      <div hidden={formWaits} onFocus={() => setInUse(true)}>
        <StartForm
          call={call}
          settings={settings}
          kits={kits.data ?? null}
          kitsError={kits.error?.message ?? ''}
          onStarted={onOpen}
          focusCandidate={another}
        />
      </div>
    </div>
  );
}
