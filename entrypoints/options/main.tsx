import React from 'react';
import ReactDOM from 'react-dom/client';
import { i18n } from '#i18n';
import '@/assets/tailwind.css';
import { DeskApp } from '@/components/desk/DeskApp';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';

// The page speaks the language its messages are in (English until the browser's own has a locale file).
document.documentElement.lang = i18n.t('app.lang');
document.title = i18n.t('desk.pageTitle');
ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <ErrorBoundary area={i18n.t('common.failure.desk')}>
      <DeskApp />
    </ErrorBoundary>
  </React.StrictMode>,
);
