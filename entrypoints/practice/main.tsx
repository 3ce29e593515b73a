import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import '@/assets/tailwind.css';
import { PracticeApp } from '@/components/practice/PracticeApp';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';

const root = document.getElementById('root');
if (!root) throw new Error('Panelist: the practice page has no #root element');
// The page speaks the language its messages are in (English until the browser's own has a locale file).
document.documentElement.lang = i18n.t('app.lang');
document.title = i18n.t('practice.pageTitle');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary area={i18n.t('common.failure.practice')}>
      <PracticeApp />
    </ErrorBoundary>
  </StrictMode>,
);
