import { useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { request, StoreError } from '@/utils/client/request';

type Outcome = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

const button =
  'rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';

/** Hand a text file to the browser's downloads without a round trip through the background. */
function download(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Restored 3 interviews, 2 candidates, 1 kit and 40 answers (merged with what was here)." */
function restoredText(
  counts: { interviews: number; candidates: number; kits: number; answers: number },
  mode: 'merge' | 'replace',
): string {
  const figures: [string, string, string, string] = [
    i18n.t('desk.history.interviewCount', counts.interviews, [formatNumber(counts.interviews)]),
    i18n.t('desk.candidates.count', counts.candidates, [formatNumber(counts.candidates)]),
    i18n.t('desk.backup.kits', counts.kits, [formatNumber(counts.kits)]),
    i18n.t('desk.candidates.answers', counts.answers, [formatNumber(counts.answers)]),
  ];
  return mode === 'merge' ? i18n.t('desk.backup.restoredMerged', figures) : i18n.t('desk.backup.restoredReplaced', figures);
}

/**
 * Backup (the whole store as one JSON file) and restore (merge or replace). The store
 * validates the whole file before writing anything, so a refused file leaves data untouched;
 * its message says which record is wrong.
 */
export function BackupPanel() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), replaceNote: useId() };
  const busy = outcome.kind === 'busy';

  const fail = (error: unknown) =>
    setOutcome({
      kind: 'error',
      text: error instanceof StoreError ? error.message : i18n.t('desk.ui.somethingWrong', [(error as Error).message]),
    });

  async function exportBackup() {
    setOutcome({ kind: 'busy', text: i18n.t('desk.backup.preparing') });
    try {
      const { filename, json } = await request('backup.export', {});
      download(filename, json, 'application/json');
      setOutcome({ kind: 'done', text: i18n.t('desk.backup.saved', [filename]) });
    } catch (error) {
      fail(error);
    }
  }

  async function restore(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return setOutcome({ kind: 'error', text: i18n.t('desk.backup.chooseFirst') });
    setOutcome({ kind: 'busy', text: i18n.t('desk.backup.restoring') });
    try {
      const counts = await request('backup.restore', { json: await file.text(), mode });
      setOutcome({
        kind: 'done',
        text: restoredText(counts, mode),
      });
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section aria-labelledby="backup-heading" className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-700">
      <h2 id="backup-heading" className="text-base font-semibold">
        {i18n.t('desk.backup.heading')}
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{i18n.t('desk.backup.intro')}</p>
      <button type="button" className={`${button} bg-sky-700 text-white hover:bg-sky-800`} onClick={exportBackup} disabled={busy}>
        {i18n.t('desk.backup.download')}
      </button>

      <form onSubmit={restore} className="space-y-2" aria-label={i18n.t('desk.backup.restoreLabel')}>
        <div>
          <label htmlFor={ids.file} className="block text-sm font-medium">
            {i18n.t('desk.backup.file')}
          </label>
          <input
            id={ids.file}
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            className="mt-1 block text-sm"
          />
        </div>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{i18n.t('desk.backup.whenRestoring')}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="restore-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            {i18n.t('desk.backup.merge')}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="restore-mode"
              value="replace"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
              aria-describedby={ids.replaceNote}
            />
            {i18n.t('desk.backup.replace')}
          </label>
          {mode === 'replace' && (
            <p id={ids.replaceNote} className="text-sm text-amber-800 dark:text-amber-300">
              {i18n.t('desk.backup.replaceWarning')}
            </p>
          )}
        </fieldset>
        <button
          type="submit"
          className={`${button} border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800`}
          disabled={busy || !file}
        >
          {i18n.t('desk.backup.restore')}
        </button>
      </form>

      <p role="status" className="text-sm">
        {outcome.kind === 'busy' || outcome.kind === 'done' ? outcome.text : ''}
      </p>
      {outcome.kind === 'error' && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
