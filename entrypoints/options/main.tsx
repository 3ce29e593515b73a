import React, { useEffect, useState } from 'react';
import ReactDOM from 'react-dom/client';
import '@/assets/tailwind.css';
import { request, StoreError } from '@/utils/messaging/client';
import { BackupPanel } from '@/components/desk/BackupPanel';

/** One line saying whether the background store answers; everything on this page depends on it. */
function StoreStatus() {
  const [status, setStatus] = useState('checking…');
  useEffect(() => {
    let live = true;
    request('ping', {})
      .then((pong) => live && setStatus(`ready (answered at ${new Date(pong.at).toLocaleTimeString()})`))
      .catch((error: unknown) => live && setStatus(`not answering: ${error instanceof StoreError ? error.message : String(error)}`));
    return () => {
      live = false;
    };
  }, []);
  return (
    <p role="status" aria-live="polite" className="text-sm">
      Store status: {status}
    </p>
  );
}

function OptionsPage() {
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-6">
      <h1 className="text-xl font-semibold">Panelist</h1>
      <StoreStatus />
      <BackupPanel />
    </main>
  );
}

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <OptionsPage />
  </React.StrictMode>,
);
