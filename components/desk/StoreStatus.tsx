import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { request, StoreError } from '@/utils/client/request';
import { formatDateTime } from '@/utils/domain/format';

/** One line saying whether the background store answers; everything on this page depends on it. */
export function StoreStatus() {
  const [status, setStatus] = useState(() => i18n.t('desk.store.checking'));
  useEffect(() => {
    let live = true;
    request('ping', {})
      .then((pong) => live && setStatus(i18n.t('desk.store.ready', [formatDateTime(pong.at)])))
      .catch(
        (error: unknown) =>
          live && setStatus(i18n.t('desk.store.notAnswering', [error instanceof StoreError ? error.message : String(error)])),
      );
    return () => {
      live = false;
    };
  }, []);
  return (
    <p role="status" aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
      {status}
    </p>
  );
}
