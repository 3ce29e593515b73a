import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/tailwind.css';
import { PracticeApp } from '@/components/practice/PracticeApp';

const root = document.getElementById('root');
if (!root) throw new Error('Panelist: the practice page has no #root element');
createRoot(root).render(
  <StrictMode>
    <PracticeApp />
  </StrictMode>,
);
