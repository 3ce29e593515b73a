import { i18n } from '#i18n';
import { mutedText } from '@/components/common/styles';
import { BackupDownload } from './backup/BackupDownload';
import { RestoreForm } from './backup/RestoreForm';

/**
 * Backup (the whole store as one file, of any size) and restore (merge or replace), each in a
 * worker with progress and Cancel. A restore checks the whole file and shows what it would change
 * before anything is written; a refused file leaves the store untouched and says which record is wrong.
 */
export function BackupPanel() {
  return (
    <section aria-labelledby="backup-heading" className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
      <h2 id="backup-heading" className="text-base font-semibold">
        {i18n.t('desk.backup.heading')}
      </h2>
      <p className={`text-sm ${mutedText}`}>{i18n.t('desk.backup.intro')}</p>
      <BackupDownload />
      <RestoreForm />
    </section>
  );
}
