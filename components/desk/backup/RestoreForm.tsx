import { useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { checkRestore, restoreBackup } from '@/utils/client/backup';
import type { RestoreMode, RestorePreview } from '@/utils/client/backup-restore-task';
import type { RestoreSummary } from '@/utils/domain/backup-summary';
import { StoreError } from '@/utils/client/request';
import { TaskCancelled } from '@/utils/client/worker-task';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { buttonPrimary, buttonSecondary, labelText, warningText } from '@/components/common/styles';
import { useStoreAction } from '@/components/hooks/useStore';
import { RestoreSummaryView } from './RestoreSummaryView';
import { RestoreJournalNotice } from './RestoreJournalNotice';
import { TaskProgress, recordsText, useWorkerTask } from './useWorkerTask';

/** A worker's failure as the user should read it: a refused file says nothing changed; the store's refusals speak for themselves. */
function explain(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (error.name === 'BackupError') return new StoreError('invalid-backup', i18n.t('desk.backup.refused', [error.message]));
  if (error.name === 'StoreError' && !(error instanceof StoreError)) return new StoreError('store', error.message);
  return error;
}

/** The file to restore and how (merge or replace). */
function RestoreChoices(props: {
  busy: boolean;
  mode: RestoreMode;
  onMode(mode: RestoreMode): void;
  onFile(file: File | null): void;
  fileInput: React.RefObject<HTMLInputElement | null>;
}) {
  const { busy, mode, onMode, onFile, fileInput } = props;
  const ids = { file: useId(), replaceNote: useId() };
  return (
    <>
      <div>
        <label htmlFor={ids.file} className={labelText}>
          {i18n.t('desk.backup.file')}
        </label>
        <input
          id={ids.file}
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)}
          className="mt-1 block text-sm"
        />
      </div>
      <fieldset className="space-y-1" disabled={busy}>
        <legend className="text-sm font-medium">{i18n.t('desk.backup.whenRestoring')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="restore-mode" value="merge" checked={mode === 'merge'} onChange={() => onMode('merge')} />
          {i18n.t('desk.backup.merge')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="restore-mode"
            value="replace"
            checked={mode === 'replace'}
            onChange={() => onMode('replace')}
            aria-describedby={ids.replaceNote}
          />
          {i18n.t('desk.backup.replace')}
        </label>
        {mode === 'replace' && (
          <p id={ids.replaceNote} className={`text-sm ${warningText}`}>
            {i18n.t('desk.backup.replaceWarning')}
          </p>
        )}
      </fieldset>
    </>
  );
}

/**
 * Restore a backup in two steps: check the file (every record, in a worker, against this store)
 * and show what restoring it would change; then, when the user confirms, restore it (the
 * background writes it a chunk at a time). Both show progress and can be cancelled.
 */
export function RestoreForm() {
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ file: File; mode: RestoreMode; preview: RestorePreview } | null>(null);
  const [result, setResult] = useState<RestoreSummary | null>(null);
  const { outcome, setOutcome, run, busy } = useStoreAction();
  const task = useWorkerTask();
  const fileInput = useRef<HTMLInputElement>(null);
  const current = checked && checked.file === file && checked.mode === mode ? checked : null;

  const check = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setOutcome({ kind: 'error', text: i18n.t('desk.backup.chooseFirst') });
    setResult(null);
    void run(i18n.t('desk.backup.checking'), async () => {
      try {
        const preview = await task.start((controls) => checkRestore(file, mode, controls));
        setChecked({ file, mode, preview });
        return i18n.t('desk.backup.checked', [file.name, recordsText(preview.counts)]);
      } catch (error) {
        if (error instanceof TaskCancelled) return i18n.t('desk.backup.checkCancelled');
        throw explain(error);
      }
    });
  };

  const restore = () => {
    if (!current) return;
    void run(i18n.t('desk.backup.restoring'), async () => {
      setChecked(null);
      try {
        const done = await task.start((controls) => restoreBackup(current.file, current.mode, current.preview, controls));
        setResult(done.summary);
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        return current.mode === 'merge'
          ? i18n.t('desk.backup.restoredMerged', [current.file.name])
          : i18n.t('desk.backup.restoredReplaced', [current.file.name]);
      } catch (error) {
        if (error instanceof TaskCancelled) return i18n.t('desk.backup.restoreCancelled');
        throw explain(error);
      }
    });
  };

  return (
    <div className="space-y-3">
      <RestoreJournalNotice hidden={busy} />
      <form onSubmit={check} className="space-y-2" aria-label={i18n.t('desk.backup.restoreLabel')}>
        <RestoreChoices busy={busy} mode={mode} onMode={setMode} onFile={setFile} fileInput={fileInput} />
        <button type="submit" className={buttonSecondary} disabled={busy || !file}>
          {i18n.t('desk.backup.check')}
        </button>
      </form>
      {task.progress && (
        <TaskProgress
          label={i18n.t('desk.backup.restoreProgress')}
          cancelLabel={i18n.t('desk.backup.cancelRestore')}
          progress={task.progress}
          onCancel={task.cancel}
        />
      )}
      <OutcomeLine outcome={outcome} />
      {current && (
        <div className="space-y-2">
          <RestoreSummaryView summary={current.preview.summary} caption={i18n.t('desk.backup.previewCaption', [current.file.name])} />
          <button type="button" className={buttonPrimary} onClick={restore} disabled={busy}>
            {current.mode === 'merge' ? i18n.t('desk.backup.restoreMerge') : i18n.t('desk.backup.restoreReplace')}
          </button>
        </div>
      )}
      {result && <RestoreSummaryView summary={result} caption={i18n.t('desk.backup.resultCaption')} />}
    </div>
  );
}
