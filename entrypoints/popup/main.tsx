import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/tailwind.css';
import { PopupApp } from '@/components/popup/PopupApp';

const root = document.getElementById('root');
if (!root) throw new Error('Panelist: the popup has no #root element');
createRoot(root).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
