import { useCallback, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { downloadText } from '@/components/common/download';
import { exportFilename, exportInBatches, type ExportShape } from './exportInBatches';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { Progress } from '@/components/common/Progress';
import { useStoreAction } from '@/components/hooks/useStore';

/** Export interviews to a CSV download with a progress bar; one export at a time. */
export function useCsvExport() {
  const { outcome, run, busy } = useStoreAction();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const exportIds = useCallback(
    (ids: () => Promise<readonly string[]>, shape: ExportShape, scope: string) =>
      run(i18n.t('desk.export.preparing'), async () => {
        try {
          const list = [...(await ids())].reverse(); // oldest first, as a spreadsheet reads
          if (list.length === 0) return i18n.t('desk.export.nothing');
          const { pieces, rows } = await exportInBatches(list, shape, (done, total) => setProgress({ done, total }));
          const filename = exportFilename(shape, scope);
          downloadText(filename, pieces);
          return i18n.t('desk.export.done', [
            i18n.t('desk.history.interviewCount', list.length, [formatNumber(list.length)]),
            i18n.t('desk.export.rows', rows, [formatNumber(rows)]),
            filename,
          ]);
        } finally {
          setProgress(null);
        }
      }),
    [run],
  );

  const view = (
    <div className="space-y-1">
      {progress && <Progress label={i18n.t('desk.export.progress')} done={progress.done} total={progress.total} />}
      <OutcomeLine outcome={outcome} />
    </div>
  );
  return { exportIds, busy, view };
}
