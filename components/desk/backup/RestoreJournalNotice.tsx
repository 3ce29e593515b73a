import { i18n } from '#i18n';
import { formatDateTimeShort, formatNumber } from '@/utils/domain/format';
import { warningText } from '@/components/common/styles';
import { useStoreQuery } from '@/components/hooks/useStore';

/**
 * A restore that stopped half-way (the tab closed, the disk filled, Cancel) leaves part of a
 * backup in the store: this says so, on every visit, until the same file is restored again.
 */
export function RestoreJournalNotice({ hidden }: { hidden: boolean }) {
  const journal = useStoreQuery('backup.journal', {}).data;
  if (hidden || !journal || journal.state !== 'running') return null;
  return (
    <p className={`text-sm ${warningText}`}>
      {i18n.t('desk.backup.interrupted', [
        journal.file.name,
        formatDateTimeShort(journal.startedAt),
        formatNumber(journal.written),
        formatNumber(journal.total),
      ])}
    </p>
  );
}
