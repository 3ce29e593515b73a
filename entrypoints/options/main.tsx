import React from 'react';
import ReactDOM from 'react-dom/client';
import '@/assets/tailwind.css';
import { DeskApp } from '@/components/desk/DeskApp';

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <DeskApp />
  </React.StrictMode>,
);
