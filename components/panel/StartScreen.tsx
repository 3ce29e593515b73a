import { useMemo } from 'react';
import { i18n } from '#i18n';
import type { CallInfo } from '@/utils/host/frame';
import type { Interview, Candidate } from '@/utils/domain/interview/schema';
import { formatDateTimeShort } from '@/utils/domain/format';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { useStoreQuery } from '@/components/hooks/useStore';
import { buttonPrimary, card, mutedText } from '@/components/common/styles';
import { StartForm } from './StartForm';

export interface StartScreenProps {
  call: CallInfo;
  settings: SettingsHandle;
  onOpen(interviewId: string): void;
}

interface Resumable {
  interview: Interview;
  candidate: Candidate;
  roundTitle: string;
}

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

/**
 * Before an interview: an unfinished interview of this meeting is offered back
 * first (a reload or a rejoin must not lose the scorecard), then the start form.
 */
export function StartScreen({ call, settings, onOpen }: StartScreenProps) {
  const meetingCode = call.meetingCode;
  const kits = useStoreQuery('kits.list', {});
  // Without a meeting (side panel, practice) the most recent drafts are the likely ones to resume.
  const forMeeting = useStoreQuery('interviews.openForMeeting', meetingCode ? { meetingCode } : null);
  const recent = useStoreQuery('interviews.list', meetingCode ? null : { status: 'draft', limit: 3 });
  const resumable = useMemo<Resumable[]>(() => {
    if (meetingCode) {
      const bundle = forMeeting.data;
      if (!bundle) return [];
      const roundTitle = bundle.kit.rounds.find((r) => r.id === bundle.interview.roundId)?.title ?? bundle.interview.roundId;
      return [{ interview: bundle.interview, candidate: bundle.candidate, roundTitle }];
    }
    return recent.data?.rows ?? [];
  }, [meetingCode, forMeeting.data, recent.data]);
  const lookupError = (meetingCode ? forMeeting.error : recent.error)?.message ?? '';

  return (
    <div className="space-y-3 p-3">
      {resumable.length > 0 && <ResumeOffer rows={resumable} onOpen={onOpen} />}
      {lookupError && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {lookupError}
        </p>
      )}
      <StartForm call={call} settings={settings} kits={kits.data ?? null} kitsError={kits.error?.message ?? ''} onStarted={onOpen} />
    </div>
  );
}
