import { Suspense, lazy, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { focusRing, mutedText } from '@/components/common/styles';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { StoreStatus } from './StoreStatus';
import { useHashRoute, routeHash, type Screen } from './route';

// Each screen is its own chunk, loaded when first shown: History does not wait for the Markdown
// importer and the kit editor (the kit library's), nor the debrief's chart and CSV reader.
const KitLibrary = lazy(() => import('./kits/KitLibrary').then((m) => ({ default: m.KitLibrary })));
const HistoryScreen = lazy(() => import('./history/HistoryScreen').then((m) => ({ default: m.HistoryScreen })));
const CandidatesScreen = lazy(() => import('./candidates/CandidatesScreen').then((m) => ({ default: m.CandidatesScreen })));
const DebriefScreen = lazy(() => import('./debrief/DebriefScreen').then((m) => ({ default: m.DebriefScreen })));
const BackupPanel = lazy(() => import('./BackupPanel').then((m) => ({ default: m.BackupPanel })));

/** Runs `onShown` once its screen has loaded and mounted. */
function Shown({ onShown, children }: { onShown(): void; children: ReactNode }) {
  useEffect(() => onShown(), [onShown]);
  return children;
}

/** The screens' names, read when shown (a function: messages are not read at import). */
const nav = (): { screen: Screen; label: string }[] => [
  { screen: 'kits', label: i18n.t('desk.nav.kits') },
  { screen: 'history', label: i18n.t('desk.nav.history') },
  { screen: 'candidates', label: i18n.t('desk.nav.candidates') },
  { screen: 'debrief', label: i18n.t('desk.nav.debrief') },
  { screen: 'backup', label: i18n.t('desk.nav.backup') },
];

/**
 * The desk: the options page, opened in a full tab, where an interviewer prepares before a
 * call (kits) and the panel decides after it (history, candidates, debrief).
 */
export function DeskApp() {
  const [route, navigate] = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After moving between screens, put keyboard and screen-reader focus on the new screen's heading
  // (once it has loaded); not on the first screen of the page.
  const focusHeading = useCallback(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);

  return (
    <div className="min-h-screen">
      <header className="border-b border-zinc-200 px-6 py-3 print:hidden dark:border-zinc-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-xl font-semibold">{i18n.t('app.name')}</h1>
          <StoreStatus />
        </div>
        <nav aria-label={i18n.t('desk.nav.label')} className="mx-auto mt-2 max-w-6xl">
          <ul className="flex flex-wrap gap-1">
            {nav().map(({ screen, label }) => (
              <li key={screen}>
                <a
                  href={routeHash(screen)}
                  aria-current={route.screen === screen ? 'page' : undefined}
                  className={`block rounded-md px-3 py-1.5 text-sm font-medium ${focusRing} ${
                    route.screen === screen
                      ? 'bg-sky-700 text-white dark:bg-sky-500 dark:text-zinc-950'
                      : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800'
                  }`}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={main} className="mx-auto max-w-6xl space-y-4 px-6 py-4">
        {/* Each screen fails on its own: the menu above stays, and moving to another screen clears the failure. */}
        <ErrorBoundary area={nav().find((n) => n.screen === route.screen)?.label ?? ''} resetKey={route.screen}>
          <Suspense fallback={<p className={mutedText}>{i18n.t('desk.loadingScreen')}</p>}>
            <Shown key={route.screen} onShown={focusHeading}>
              {route.screen === 'kits' && <KitLibrary />}
              {route.screen === 'history' && <HistoryScreen params={route.params} navigate={navigate} />}
              {route.screen === 'candidates' && <CandidatesScreen params={route.params} navigate={navigate} />}
              {route.screen === 'debrief' && <DebriefScreen params={route.params} navigate={navigate} />}
              {route.screen === 'backup' && (
                <>
                  <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
                    {i18n.t('desk.backup.title')}
                  </h2>
                  <BackupPanel />
                </>
              )}
            </Shown>
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
