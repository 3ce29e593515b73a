import { useState } from 'react';
import { i18n } from '#i18n';
import type { CallInfo } from '@/utils/host/frame';
import { formatDateTimeShort } from '@/utils/domain/format';
import { useStoreQuery } from '@/components/hooks/useStore';
import { buttonPrimary, buttonSecondary, card, mutedText } from '@/components/common/styles';
import { DebriefStart } from './DebriefStart';

/**
 * The panel's way into a debrief (debriefs are calls too): a running debrief of this meeting is
 * offered back first, so a reload resumes it; otherwise one is started for a candidate.
 */
export function DebriefEntry({ call, facilitator, onOpen }: { call: CallInfo; facilitator: string; onOpen(debriefId: string): void }) {
  const [starting, setStarting] = useState(false);
  const running = useStoreQuery(
    'debriefs.list',
    call.meetingCode ? { meetingCode: call.meetingCode, status: 'running', limit: 3 } : { status: 'running', limit: 3 },
  );
  const rows = running.data ?? [];
  return (
    <section aria-labelledby="debrief-entry-heading" className={`${card} mx-3 mb-3 space-y-2`}>
      <h2 id="debrief-entry-heading" className="text-sm font-semibold">
        {i18n.t('debrief.entry.heading')}
      </h2>
      {rows.length > 0 && (
        <ul aria-label={i18n.t('debrief.entry.running')} className="space-y-2">
          {rows.map((row) => (
            <li key={row.id} className="flex items-center justify-between gap-2 text-sm">
              <span className="min-w-0">
                <span className="font-medium">{row.candidateName}</span>
                <span className={`block ${mutedText}`}>
                  {i18n.t('debrief.entry.detail', [row.kitTitle, formatDateTimeShort(row.createdAt)])}
                </span>
              </span>
              <button
                type="button"
                className={`${buttonPrimary} shrink-0`}
                aria-label={i18n.t('debrief.entry.resumeWith', [row.candidateName])}
                onClick={() => onOpen(row.id)}
              >
                {i18n.t('debrief.entry.resume')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {starting ? (
        <DebriefStart
          facilitator={facilitator}
          call={{ platform: call.platform, meetingCode: call.meetingCode, meetingUrl: call.meetingUrl }}
          onOpened={onOpen}
        />
      ) : (
        <>
          <p className={mutedText}>{i18n.t('debrief.entry.hint')}</p>
          <button type="button" className={buttonSecondary} onClick={() => setStarting(true)}>
            {i18n.t('debrief.entry.start')}
          </button>
        </>
      )}
    </section>
  );
}
