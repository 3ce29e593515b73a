import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { focusRing, mutedText } from '@/components/common/styles';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { StoreStatus } from './StoreStatus';
import { useHashRoute, routeHash, type Navigate, type Route, type Screen } from './route';
import { prefetchScreenData, preloadScreen, screenComponent, type ChosenScreens } from './screens';

/** Runs `onShown` once its screen has loaded and mounted. */
function Shown({ onShown, children }: { onShown(): void; children: ReactNode }) {
  useEffect(() => onShown(), [onShown]);
  return children;
}

/** The route's screen, as the loaded component when its chunk is here (no Suspense), else lazily. */
function screenContent(route: Route, navigate: Navigate, chosen: ChosenScreens): ReactNode {
  const { screen, params } = route;
  if (screen === 'kits') {
    const KitLibrary = screenComponent('kits', chosen);
    return <KitLibrary />;
  }
  if (screen === 'history') {
    const HistoryScreen = screenComponent('history', chosen);
    return <HistoryScreen params={params} navigate={navigate} />;
  }
  if (screen === 'candidates') {
    const CandidatesScreen = screenComponent('candidates', chosen);
    return <CandidatesScreen params={params} navigate={navigate} />;
  }
  if (screen === 'debrief') {
    const DebriefScreen = screenComponent('debrief', chosen);
    return <DebriefScreen params={params} navigate={navigate} />;
  }
  const BackupPanel = screenComponent('backup', chosen);
  return (
    <>
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        {i18n.t('desk.backup.title')}
      </h2>
      <BackupPanel />
    </>
  );
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
  // A new route's first rows are asked for as the hash changes, while React renders the screen.
  const [route, navigate] = useHashRoute(prefetchScreenData);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const [chosen] = useState<ChosenScreens>(() => new Map());
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
                  onPointerEnter={() => void preloadScreen(screen).catch(() => {})}
                  onFocus={() => void preloadScreen(screen).catch(() => {})}
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
              {screenContent(route, navigate, chosen)}
            </Shown>
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
