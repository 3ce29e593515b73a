import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import type { InterviewBundle, InterviewListRow, KitSummary } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { errorMessage } from '@/utils/client/edit-queue';
import { focusRing, mutedText } from '@/components/common/styles';
import { readActiveTab, tellTab, type ActiveTab } from './active-tab';
import { deskScorecardUrl, deskUrl, openDesk, openPractice, openScorecardInDesk, practiceUrl } from './navigation';
import { ThisTab } from './ThisTab';
import { UnsubmittedList } from './UnsubmittedList';

/** How many unsubmitted scorecards the popup lists; the desk has the rest. */
export const UNSUBMITTED_SHOWN = 5;

/** The interview this tab's call is running: by meeting code, else the newest one in progress on this platform. */
async function findRunning(tab: ActiveTab): Promise<InterviewBundle | null> {
  if (!tab.platform) return null;
  if (tab.meetingCode) return request('interviews.openForMeeting', { meetingCode: tab.meetingCode });
  const { rows } = await request('interviews.list', { status: 'draft', limit: 20 });
  const row = rows.find(
    (r) => r.interview.platform === tab.platform && r.interview.startedAt !== undefined && r.interview.finishedAt === undefined,
  );
  return row ? request('interviews.get', { id: row.interview.id }) : null;
}

async function roundOf(bundle: InterviewBundle): Promise<Round | null> {
  const kit = await request('kits.get', { id: bundle.interview.kitId, version: bundle.interview.kitVersion });
  return kit.rounds.find((r) => r.id === bundle.interview.roundId) ?? null;
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
  const [running, setRunning] = useState<InterviewBundle | null>(null);
  const [round, setRound] = useState<Round | null>(null);
  const [kits, setKits] = useState<KitSummary[]>([]);
  const [drafts, setDrafts] = useState<{ rows: InterviewListRow[]; total: number } | null>(null);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    let live = true;
    const fail = (error: unknown) => live && setFailure(i18n.t('popup.storeFailed', [errorMessage(error)]));
    readActiveTab()
      .then(async (found) => {
        // The tab and its interview appear together: a "Start interview" shown for a moment before
        // the running interview arrives would invite a second, duplicate interview.
        let bundle: InterviewBundle | null = null;
        try {
          if (found) bundle = await findRunning(found);
        } catch (error) {
          fail(error);
        }
        if (!live) return;
        setRunning(bundle);
        setTab(found);
        if (bundle) {
          const r = await roundOf(bundle);
          if (live) setRound(r);
        }
      })
      .catch(fail);
    request('interviews.list', { status: 'draft', limit: UNSUBMITTED_SHOWN })
      .then((list) => live && setDrafts(list))
      .catch(fail);
    request('kits.list', { includeArchived: true })
      .then((list) => live && setKits(list))
      .catch(() => {
        // Without kit titles the list shows round ids instead; nothing else depends on them.
      });
    return () => {
      live = false;
    };
  }, []);

  const titleOf = useCallback(
    (kitId: string, roundId: string) => kits.find((k) => k.id === kitId)?.rounds.find((r) => r.id === roundId)?.title ?? roundId,
    [kits],
  );

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

      {tab === undefined ? (
        <p className={mutedText}>{i18n.t('popup.lookingAtTab')}</p>
      ) : tab === null ? null : (
        <ThisTab
          tab={tab}
          running={running}
          round={round}
          roundTitle={running ? titleOf(running.interview.kitId, running.interview.roundId) : ''}
          onStart={() => void start()}
          onToggle={() => void toggle()}
        />
      )}

      <nav aria-label={i18n.t('popup.pagesNav')} className="flex flex-wrap gap-2">
        <a href={practiceUrl()} target="_blank" rel="noopener" onClick={go(openPractice)} className={linkClass}>
          {i18n.t('popup.practiceLink')}
        </a>
        <a href={deskUrl()} target="_blank" rel="noopener" onClick={go(openDesk)} className={linkClass}>
          {i18n.t('popup.deskLink')}
        </a>
      </nav>

      {drafts ? (
        <UnsubmittedList
          rows={drafts.rows}
          total={drafts.total}
          roundTitle={(row) => titleOf(row.interview.kitId, row.interview.roundId)}
          deskHref={deskUrl()}
          linkTo={deskScorecardUrl}
          onOpen={(id) => go(() => openScorecardInDesk(id))}
          onOpenDesk={go(openDesk)}
        />
      ) : (
        !failure && <p className={mutedText}>{i18n.t('popup.loadingScorecards')}</p>
      )}
    </div>
  );
}
