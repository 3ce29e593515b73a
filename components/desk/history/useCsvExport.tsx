import { useCallback, useState } from 'react';
import { downloadText } from '@/components/common/download';
import { OutcomeLine, Progress, plural, useAction } from '../ui';
import { exportFilename, exportInBatches, type ExportShape } from './exportInBatches';

/** Export interviews to a CSV download with a progress bar; one export at a time. */
export function useCsvExport() {
  const { outcome, run, busy } = useAction();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const exportIds = useCallback(
    (ids: () => Promise<readonly string[]>, shape: ExportShape, scope: string) =>
      run('Preparing the export…', async () => {
        try {
          const list = [...(await ids())].reverse(); // oldest first, as a spreadsheet reads
          if (list.length === 0) return 'Nothing to export: no interview matches.';
          const { csv, rows } = await exportInBatches(list, shape, (done, total) => setProgress({ done, total }));
          const filename = exportFilename(shape, scope);
          downloadText(filename, csv);
          return `Exported ${plural(list.length, 'interview')} (${plural(rows, 'row')}) as ${filename}.`;
        } finally {
          setProgress(null);
        }
      }),
    [run],
  );

  const view = (
    <div className="space-y-1">
      {progress && <Progress label="Export progress" done={progress.done} total={progress.total} />}
      <OutcomeLine outcome={outcome} />
    </div>
  );
  return { exportIds, busy, view };
}
