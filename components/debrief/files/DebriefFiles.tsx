import { useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { FileReport } from '@/utils/domain/debrief/read-files';
import type { DebriefFileRecord } from '@/utils/domain/debrief/record';
import { Progress } from '@/components/common/Progress';
import { buttonQuiet, buttonSecondary, mutedText, badgeBad, badgeGood, badgeWarn } from '@/components/common/styles';

function shapeName(shape: FileReport['shape']): string {
  switch (shape) {
    case 'items':
      return i18n.t('debrief.files.shapeItems');
    case 'interviews':
      return i18n.t('debrief.files.shapeInterviews');
    case 'unknown':
      return i18n.t('debrief.files.shapeUnknown');
  }
}

/** "per-question export: 12 rows read, 0 rows rejected, 2 scorecards" */
function reportLine(report: FileReport): string {
  return i18n.t('debrief.files.report', [
    shapeName(report.shape),
    i18n.t('debrief.files.rowsRead', report.rowsRead, [formatNumber(report.rowsRead)]),
    i18n.t('debrief.files.rowsRejected', report.rowsRejected, [formatNumber(report.rowsRejected)]),
    i18n.t('debrief.files.scorecards', report.scorecards, [formatNumber(report.scorecards)]),
  ]);
}

function FileItem({ file, report, onRemove }: { file: DebriefFileRecord; report: FileReport; onRemove(): void }) {
  const verdict = report.errors.length ? (report.rowsRead ? 'partly' : 'rejected') : report.scorecards ? 'read' : 'setAside';
  return (
    <li className="rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-700">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-all">{file.name}</span>
        <span className={verdict === 'read' ? badgeGood : verdict === 'rejected' ? badgeBad : badgeWarn}>
          {verdict === 'read'
            ? i18n.t('debrief.files.read')
            : verdict === 'partly'
              ? i18n.t('debrief.files.partlyRead')
              : verdict === 'rejected'
                ? i18n.t('debrief.files.rejected')
                : i18n.t('debrief.files.setAside')}
        </span>
        <span className={mutedText}>{reportLine(report)}</span>
        <button
          type="button"
          className={`${buttonQuiet} ml-auto`}
          aria-label={i18n.t('debrief.files.removeFile', [file.name])}
          onClick={onRemove}
        >
          {i18n.t('debrief.files.remove')}
        </button>
      </div>
      {report.errors.length > 0 && (
        <ul aria-label={i18n.t('debrief.files.problemsIn', [file.name])} className="mt-1 list-disc pl-5 text-rose-700 dark:text-rose-300">
          {report.errors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      )}
      {report.notes.length > 0 && (
        <ul aria-label={i18n.t('debrief.files.notesOn', [file.name])} className={`mt-1 list-disc pl-5 ${mutedText}`}>
          {report.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export interface DebriefFilesProps {
  files: DebriefFileRecord[];
  reports: Map<string, FileReport>;
  /** Reading in progress: the bar and Cancel show. */
  reading: { done: number; total: number } | null;
  notice: string;
  onAdd(files: File[]): void;
  onCancel(): void;
  onRemove(fileId: string): void;
}

/**
 * The other interviewers' CSV files: dropped on the zone or chosen with the file picker (several at
 * once), each with what was read from it and every row that was rejected. Big drops are read in a
 * worker with a progress bar and Cancel.
 */
export function DebriefFiles({ files, reports, reading, notice, onAdd, onCancel, onRemove }: DebriefFilesProps) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const add = (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    if (chosen.length) onAdd(chosen);
    if (input.current) input.current.value = '';
  };
  return (
    <div className="space-y-2">
      <div
        className={`rounded-lg border-2 border-dashed p-3 text-sm ${dragging ? 'border-sky-600 bg-sky-50 dark:bg-sky-950' : 'border-zinc-300 dark:border-zinc-600'}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          add(e.dataTransfer.files);
        }}
      >
        <p className="font-medium">{i18n.t('debrief.files.drop')}</p>
        <p className={mutedText}>{i18n.t('debrief.files.dropHint')}</p>
        <label htmlFor={inputId} className="mt-2 block text-sm font-medium">
          {i18n.t('debrief.files.choose')}
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          multiple
          accept=".csv,text/csv"
          className="mt-1 block max-w-full text-sm"
          disabled={!!reading}
          onChange={(e) => add(e.target.files)}
        />
      </div>
      {reading && (
        <div className="flex items-end gap-2">
          <div className="flex-1">
            <Progress
              label={i18n.t('debrief.files.reading')}
              done={Math.round(reading.done / 1024)}
              total={Math.round(reading.total / 1024)}
            />
          </div>
          <button type="button" className={buttonSecondary} onClick={onCancel}>
            {i18n.t('debrief.files.cancel')}
          </button>
        </div>
      )}
      <p role="status" className="min-h-4 text-sm">
        {notice}
      </p>
      {files.length > 0 && (
        <ul aria-label={i18n.t('debrief.files.imported')} className="space-y-2">
          {files.map((file) => (
            <FileItem key={file.id} file={file} report={reports.get(file.id) ?? file.report} onRemove={() => onRemove(file.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}
