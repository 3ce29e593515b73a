import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import type { CallInfo } from '@/utils/host/frame';
import type { InterviewBundle, InterviewListRow, KitSummary } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { formatDateTimeShort } from '@/utils/domain/format';
import { errorMessage } from '@/utils/client/edit-queue';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { buttonPrimary, card, mutedText } from '@/components/common/styles';
import { StartForm } from './StartForm';

export interface StartScreenProps {
  call: CallInfo;
  settings: SettingsHandle;
  onOpen(interviewId: string): void;
}

function roundTitle(kits: readonly KitSummary[], kitId: string, roundId: string): string {
  return kits.find((k) => k.id === kitId)?.rounds.find((r) => r.id === roundId)?.title ?? roundId;
}

function ResumeOffer({ rows, kits, onOpen }: { rows: InterviewListRow[]; kits: readonly KitSummary[]; onOpen(id: string): void }) {
  return (
    <section aria-labelledby="resume-heading" className={`${card} space-y-2`}>
      <h2 id="resume-heading" className="text-sm font-semibold">
        {i18n.t('panel.resume.heading', rows.length)}
      </h2>
      <ul className="space-y-2">
        {rows.map(({ interview, candidate }) => (
          <li key={interview.id} className="flex items-center justify-between gap-2">
            <span className="min-w-0 text-sm">
              <span className="font-medium">{candidate.name}</span>
              <span className={`block ${mutedText}`}>
                {i18n.t('panel.resume.detail', [
                  roundTitle(kits, interview.kitId, interview.roundId),
                  formatDateTimeShort(interview.startedAt ?? interview.createdAt),
                ])}
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
  const [resumable, setResumable] = useState<InterviewListRow[]>([]);
  const [lookupError, setLookupError] = useState('');
  const [kits, setKits] = useState<KitSummary[] | null>(null);
  const [kitsError, setKitsError] = useState('');
  const meetingCode = call.meetingCode;

  useEffect(() => {
    let live = true;
    request('kits.list', {}).then(
      (list) => live && setKits(list),
      (error: unknown) => live && setKitsError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    const found = (bundle: InterviewBundle | null) => (bundle ? [{ interview: bundle.interview, candidate: bundle.candidate }] : []);
    // Without a meeting (side panel, practice) the most recent drafts are the likely ones to resume.
    const lookup = meetingCode
      ? request('interviews.openForMeeting', { meetingCode }).then(found)
      : request('interviews.list', { status: 'draft', limit: 3 }).then((r) => r.rows);
    lookup.then(
      (rows) => {
        if (!live) return;
        setResumable(rows);
        setLookupError('');
      },
      (error: unknown) => live && setLookupError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [meetingCode]);

  return (
    <div className="space-y-3 p-3">
      {resumable.length > 0 && <ResumeOffer rows={resumable} kits={kits ?? []} onOpen={onOpen} />}
      {lookupError && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {lookupError}
        </p>
      )}
      <StartForm call={call} settings={settings} kits={kits} kitsError={kitsError} onStarted={onOpen} />
    </div>
  );
}
