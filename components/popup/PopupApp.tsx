import { useEffect, useState, type MouseEvent } from 'react';
import { i18n } from '#i18n';
import type { InterviewBundle } from '@/utils/protocol';
import { focusRing, mutedText } from '@/components/common/styles';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { errorText, useStoreQuery } from '@/components/hooks/useStore';
import { readActiveTab, tellTab, type ActiveTab } from './active-tab';
import { deskScorecardUrl, deskUrl, openDesk, openPractice, openScorecardInDesk, practiceUrl } from './navigation';
import { ThisTab } from './ThisTab';
import { UnsubmittedList } from './UnsubmittedList';

/** How many unsubmitted scorecards the popup lists; the desk has the rest. */
export const UNSUBMITTED_SHOWN = 5;
/** Drafts looked through for the one running on this tab's platform when the page gives no meeting code. */
const RUNNING_LOOKUP = 20;

/**
 * The interview this tab's call is running: by meeting code, else the newest one in progress on
 * this platform. `undefined` while the store has not answered yet.
 */
function useRunning(tab: ActiveTab | null | undefined): InterviewBundle | null | undefined {
  const byMeeting = useStoreQuery('interviews.openForMeeting', tab?.platform && tab.meetingCode ? { meetingCode: tab.meetingCode } : null);
  const recent = useStoreQuery('interviews.list', tab?.platform && !tab.meetingCode ? { status: 'draft', limit: RUNNING_LOOKUP } : null);
  const row = recent.data?.rows.find(
    (r) => r.interview.platform === tab?.platform && r.interview.startedAt !== undefined && r.interview.finishedAt === undefined,
  );
  const picked = useStoreQuery('interviews.get', row ? { id: row.interview.id } : null);
  if (tab === undefined) return undefined;
  if (!tab?.platform) return null;
  if (tab.meetingCode) return byMeeting.loading ? undefined : (byMeeting.data ?? null);
  if (recent.loading) return undefined;
  if (!row) return null;
  return picked.loading ? undefined : (picked.data ?? null);
}

export interface PopupAppProps {
  /** Closes the popup once the user has been sent somewhere (window.close in the real popup). */
  onDone?(): void;
}

/**
 * The toolbar popup: what runs in this tab (or a way to start), the way to practice and to the
 * desk, and the scorecards that still wait to be submitted.
 */
export function PopupApp({ onDone = () => window.close() }: PopupAppProps) {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [tabFailure, setTabFailure] = useState('');
  useEffect(() => {
    readActiveTab().then(setTab, (error: unknown) => setTabFailure(i18n.t('popup.storeFailed', [errorText(error)])));
  }, []);
  // The tab and its interview appear together: a "Start interview" shown for a moment before
  // the running interview arrives would invite a second, duplicate interview.
  const running = useRunning(tab);
  const round = running?.kit.rounds.find((r) => r.id === running.interview.roundId) ?? null;
  const drafts = useStoreQuery('interviews.list', { status: 'draft', limit: UNSUBMITTED_SHOWN });
  const storeError = drafts.error;
  const failure = tabFailure || (storeError ? i18n.t('popup.storeFailed', [storeError.message]) : '');

  /** Links keep their address (middle-click, copy) but open through the tabs API, which works the same in every browser's popup. */
  const go = (open: () => Promise<void>) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void open().finally(onDone);
  };
  const linkClass = `rounded px-1 text-sm font-medium text-sky-800 underline underline-offset-4 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-200 ${focusRing}`;

  const toggle = async () => {
    if (!tab) return;
    const status = await tellTab(tab.id, { panelist: 1, type: 'toggle-panel' });
    setTab({ ...tab, status });
  };

  // The panel on the page has the start form: show it if hidden, then get out of the way.
  const start = async () => {
    if (tab?.status && !tab.status.shown) await tellTab(tab.id, { panelist: 1, type: 'toggle-panel' });
    onDone();
  };

  return (
    <div className="w-[22rem] space-y-4 bg-zinc-50 p-3 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-50">
      <header className="flex items-baseline justify-between">
        <h1 className="text-base font-semibold">{i18n.t('app.name')}</h1>
        <span className={mutedText}>{i18n.t('popup.tagline')}</span>
      </header>

      {failure && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {failure}
        </p>
      )}

      <ErrorBoundary area={i18n.t('common.failure.thisTab')}>
        {tab === undefined || (tab && running === undefined && !failure) ? (
          <p className={mutedText}>{i18n.t('popup.lookingAtTab')}</p>
        ) : tab === null ? null : (
          <ThisTab
            tab={tab}
            running={running ?? null}
            round={round}
            roundTitle={round?.title ?? ''}
            onStart={() => void start()}
            onToggle={() => void toggle()}
          />
        )}
      </ErrorBoundary>

      <nav aria-label={i18n.t('popup.pagesNav')} className="flex flex-wrap gap-2">
        <a href={practiceUrl()} target="_blank" rel="noopener" onClick={go(openPractice)} className={linkClass}>
          {i18n.t('popup.practiceLink')}
        </a>
        <a href={deskUrl()} target="_blank" rel="noopener" onClick={go(openDesk)} className={linkClass}>
          {i18n.t('popup.deskLink')}
        </a>
      </nav>

      <ErrorBoundary area={i18n.t('common.failure.unsubmitted')}>
        {drafts.data ? (
          <UnsubmittedList
            rows={drafts.data.rows}
            total={drafts.data.total}
            deskHref={deskUrl()}
            linkTo={deskScorecardUrl}
            onOpen={(id) => go(() => openScorecardInDesk(id))}
            onOpenDesk={go(openDesk)}
          />
        ) : (
          !failure && <p className={mutedText}>{i18n.t('popup.loadingScorecards')}</p>
        )}
      </ErrorBoundary>
    </div>
  );
}
