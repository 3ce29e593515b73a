import { useCallback, useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { SectionName } from '@/utils/domain/backup';
import { Progress } from '@/components/common/Progress';
import { buttonQuiet } from '@/components/common/styles';

export interface TaskControls {
  onProgress(done: number, total: number): void;
  signal: AbortSignal;
}

/**
 * One long task at a time (a worker's export, check or restore) with its progress and a Cancel
 * that ends it. Leaving the screen cancels it too.
 */
export function useWorkerTask() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  const start = useCallback(async <T,>(task: (controls: TaskControls) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    running.current = controller;
    setProgress({ done: 0, total: 0 });
    try {
      return await task({ signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) });
    } finally {
      running.current = null;
      setProgress(null);
    }
  }, []);
  const cancel = useCallback(() => running.current?.abort(), []);
  return { start, cancel, progress };
}

/** The running task's progress bar and its Cancel button. */
export function TaskProgress(props: { label: string; cancelLabel: string; progress: { done: number; total: number }; onCancel(): void }) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-48 flex-1">
        <Progress label={props.label} done={props.progress.done} total={props.progress.total} />
      </div>
      <button type="button" className={buttonQuiet} onClick={props.onCancel}>
        {props.cancelLabel}
      </button>
    </div>
  );
}

/** "3 interviews, 2 candidates, 1 kit and 4 settings", for backup and restore messages. */
export function recordsText({ scorecards = 0, candidates = 0, kits = 0, settings = 0 }: Partial<Record<SectionName, number>>): string {
  return i18n.t('desk.backup.records', [
    i18n.t('desk.history.interviewCount', scorecards, [formatNumber(scorecards)]),
    i18n.t('desk.candidates.count', candidates, [formatNumber(candidates)]),
    i18n.t('desk.backup.kits', kits, [formatNumber(kits)]),
    i18n.t('desk.backup.settings', settings, [formatNumber(settings)]),
  ]);
}
