import React from 'react';
import ReactDOM from 'react-dom/client';
import '@/assets/tailwind.css';

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <main className="p-3"><h1 className="text-lg font-semibold">Panelist</h1></main>
  </React.StrictMode>,
);
