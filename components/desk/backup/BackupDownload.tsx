import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { buildBackup } from '@/utils/client/backup';
import { TaskCancelled } from '@/utils/client/worker-task';
import { downloadBlob } from '@/components/common/download';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { buttonPrimary } from '@/components/common/styles';
import { useStoreAction } from '@/components/hooks/useStore';
import { TaskProgress, recordsText, useWorkerTask } from './useWorkerTask';

/** Download the whole store as one backup file, however large: a worker reads the store and builds the file. */
export function BackupDownload() {
  const { outcome, run, busy } = useStoreAction();
  const task = useWorkerTask();
  const download = () =>
    run(i18n.t('desk.backup.preparing'), async () => {
      try {
        const backup = await task.start((controls) => buildBackup(controls));
        downloadBlob(backup.filename, backup.blob);
        const saved = i18n.t('desk.backup.saved', [backup.filename, recordsText(backup.counts)]);
        return backup.skipped ? `${saved} ${i18n.t('desk.backup.leftOut', backup.skipped, [formatNumber(backup.skipped)])}` : saved;
      } catch (error) {
        if (error instanceof TaskCancelled) return i18n.t('desk.backup.cancelled');
        throw error;
      }
    });
  return (
    <div className="space-y-2">
      <button type="button" className={buttonPrimary} onClick={download} disabled={busy}>
        {i18n.t('desk.backup.download')}
      </button>
      {task.progress && (
        <TaskProgress
          label={i18n.t('desk.backup.progress')}
          cancelLabel={i18n.t('desk.backup.cancelBackup')}
          progress={task.progress}
          onCancel={task.cancel}
        />
      )}
      <OutcomeLine outcome={outcome} />
    </div>
  );
}
