import React from 'react';
import ReactDOM from 'react-dom/client';
import { i18n } from '#i18n';
import '@/assets/tailwind.css';
import { DeskApp } from '@/components/desk/DeskApp';
import { parseRoute } from '@/components/desk/route';
import { prefetchScreenData, preloadScreen } from '@/components/desk/screens';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';

// The page speaks the language its messages are in (English until the browser's own has a locale file).
document.documentElement.lang = i18n.t('app.lang');
document.title = i18n.t('desk.pageTitle');
const render = () =>
  ReactDOM.createRoot(document.getElementById('root')!).render(
    <React.StrictMode>
      <ErrorBoundary area={i18n.t('common.failure.desk')}>
        <DeskApp />
      </ErrorBoundary>
    </React.StrictMode>,
  );
// The screen the page opens on is loaded before the first render, so it shows without a
// Suspense fallback (components/desk/screens.ts); if its chunk fails, the desk renders anyway and says so there.
// Its first rows are asked for now too, so the store reads them while React starts.
const route = parseRoute(window.location.hash);
prefetchScreenData(route);
void preloadScreen(route.screen).then(render, render);
