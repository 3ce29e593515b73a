import { useCallback, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { TaskCancelled } from '@/utils/client/worker-task';
import type { DebriefModel } from '@/utils/domain/debrief/model';
import { useClock } from '@/components/hooks/useNow';
import type { DebriefHandle } from '../useDebrief';
import { readDroppedFiles } from './read-dropped';

/**
 * Dropping files into a running debrief: read them (in a worker when big, with progress and
 * Cancel), keep only what is new by content, and add that to the stored debrief in one write.
 * A drop that fails or is cancelled adds nothing and changes nothing already recorded.
 */
export function useDebriefFiles(model: DebriefModel | null, handle: DebriefHandle) {
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [notice, setNotice] = useState('');
  const abort = useRef<AbortController | null>(null);
  const clock = useClock();
  const record = model?.record;

  const add = useCallback(
    async (files: File[]) => {
      if (!record) return;
      const controller = new AbortController();
      abort.current = controller;
      setNotice('');
      setReading({ done: 0, total: files.reduce((sum, f) => sum + f.size, 0) });
      try {
        const read = await readDroppedFiles(files, {
          kits: handle.kits,
          candidate: record.candidateName,
          taken: record.files.map((f) => f.name),
          signal: controller.signal,
          onProgress: (done, total) => setReading({ done, total }),
        });
        const known = new Set(record.files.map((f) => f.id));
        const seen = new Set<string>();
        const fresh = read.filter((f) => !known.has(f.id) && !seen.has(f.id) && seen.add(f.id));
        const twice = read.filter((f) => !fresh.includes(f)).map((f) => f.name);
        if (fresh.length) {
          const addedAt = clock();
          await handle.send(i18n.t('debrief.files.adding'), 'debriefs.addFiles', {
            id: record.id,
            files: fresh.map((f) => ({ ...f, addedAt })),
          });
        }
        setNotice(
          [
            fresh.length ? i18n.t('debrief.files.added', fresh.length, [formatNumber(fresh.length)]) : '',
            twice.length ? i18n.t('debrief.files.duplicates', twice.length, [twice.join(', ')]) : '',
          ]
            .filter(Boolean)
            .join(' '),
        );
      } catch (error) {
        if (error instanceof TaskCancelled) setNotice(i18n.t('debrief.files.cancelled'));
        else
          handle.setOutcome({
            kind: 'error',
            text: i18n.t('debrief.files.failed', [error instanceof Error ? error.message : String(error)]),
          });
      } finally {
        abort.current = null;
        setReading(null);
      }
    },
    [record, handle, clock],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const remove = useCallback(
    (fileId: string) => {
      if (record) void handle.send(i18n.t('debrief.files.removing'), 'debriefs.removeFile', { id: record.id, fileId });
    },
    [record, handle],
  );
  return { reading, notice, add, cancel, remove };
}
