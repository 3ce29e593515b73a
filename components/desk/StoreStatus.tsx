import { i18n } from '#i18n';
import { formatDateTime } from '@/utils/domain/format';
import { useStoreQuery } from '@/components/hooks/useStore';

/** One line saying whether the background store answers; everything on this page depends on it. */
export function StoreStatus() {
  const ping = useStoreQuery('ping', {});
  const status = ping.error
    ? i18n.t('desk.store.notAnswering', [ping.error.message])
    : ping.data
      ? i18n.t('desk.store.ready', [formatDateTime(ping.data.at)])
      : i18n.t('desk.store.checking');
  return (
    <p role="status" aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
      {status}
    </p>
  );
}
