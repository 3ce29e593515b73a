import { useCallback, useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { downloadBlob } from '@/components/common/download';
import { buildCsvExport, type CsvExportScope } from '@/utils/client/csv-export';
import { TaskCancelled } from '@/utils/client/worker-task';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { Progress } from '@/components/common/Progress';
import { buttonQuiet } from '@/components/common/styles';
import { useStoreAction } from '@/components/hooks/useStore';
import { exportFilename, pickFileToWrite, type ExportShape } from './export-file';

/**
 * Export interviews to a CSV download, one export at a time: workers read the store and build
 * the file (utils/client/csv-export.ts), the page shows its progress and can cancel it. With
 * `toDisk` (where the browser can: `canSaveToDisk`), the user picks the file first and it is
 * written there as it is built. A cancelled export downloads nothing and leaves a picked file as
 * it was; leaving the screen cancels it too.
 */
export function useCsvExport() {
  const { outcome, run, busy } = useStoreAction();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const exportScope = useCallback(
    (scope: CsvExportScope, shape: ExportShape, name: string, options: { toDisk?: boolean } = {}) =>
      run(i18n.t('desk.export.preparing'), async () => {
        const filename = exportFilename(shape, name);
        // First, while the click still counts as the user's: the browser shows its save dialog only then.
        const picked = options.toDisk ? await pickFileToWrite(filename, i18n.t('desk.export.fileType')) : null;
        const controller = new AbortController();
        running.current = controller;
        try {
          const result = await buildCsvExport(shape, scope, {
            signal: controller.signal,
            onProgress: (done, total) => setProgress({ done, total }),
            ...(picked ? { writeTo: picked.writer } : {}),
          });
          if (result.interviews === 0) return i18n.t('desk.export.nothing');
          // Closing the dialog without choosing falls back to the download.
          if (result.blob) downloadBlob(filename, result.blob);
          return i18n.t('desk.export.done', [
            i18n.t('desk.history.interviewCount', result.interviews, [formatNumber(result.interviews)]),
            i18n.t('desk.export.rows', result.rows, [formatNumber(result.rows)]),
            picked?.name ?? filename,
          ]);
        } catch (error) {
          if (error instanceof TaskCancelled) return i18n.t('desk.export.cancelled');
          throw error;
        } finally {
          running.current = null;
          setProgress(null);
        }
      }),
    [run],
  );

  const view = (
    <div className="space-y-1">
      {busy && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1">
            <Progress label={i18n.t('desk.export.progress')} done={progress?.done ?? 0} total={progress?.total ?? 0} />
          </div>
          <button type="button" className={buttonQuiet} onClick={() => running.current?.abort()}>
            {i18n.t('desk.export.cancel')}
          </button>
        </div>
      )}
      <OutcomeLine outcome={outcome} />
    </div>
  );
  return { exportScope, busy, view };
}
