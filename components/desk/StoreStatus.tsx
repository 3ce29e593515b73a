import { useEffect, useState } from 'react';
import { request, StoreError } from '@/utils/messaging/client';

/** One line saying whether the background store answers; everything on this page depends on it. */
export function StoreStatus() {
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
    <p role="status" aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
      Store status: {status}
    </p>
  );
}
