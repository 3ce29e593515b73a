import { useId, useRef, useState } from 'react';
import type { DebriefFile, FileReport } from '@/utils/debrief-read';
import { buttonQuiet, mutedText } from '@/components/common/styles';
import { badgeBad, badgeGood, badgeWarn, plural } from '../ui';

const SHAPES: Record<FileReport['shape'], string> = {
  items: 'per-question export',
  interviews: 'per-interview export',
  unknown: 'not a scorecard export',
};

async function readAll(list: FileList | null): Promise<DebriefFile[]> {
  const files = [...(list ?? [])];
  return Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
}

/**
 * The other interviewers' CSV files: dropped on the zone or chosen with the file picker
 * (several at once), each with what was read from it and every row that was rejected.
 */
export function DebriefFiles({
  files,
  reports,
  onAdd,
  onRemove,
}: {
  files: DebriefFile[];
  reports: FileReport[];
  onAdd(files: DebriefFile[]): void;
  onRemove(name: string): void;
}) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const add = async (list: FileList | null) => {
    const read = await readAll(list);
    if (read.length) onAdd(read);
    if (input.current) input.current.value = '';
  };

  return (
    <div className="space-y-3">
      <div
        className={`rounded-lg border-2 border-dashed p-4 text-sm ${dragging ? 'border-sky-600 bg-sky-50 dark:bg-sky-950' : 'border-zinc-300 dark:border-zinc-600'}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void add(e.dataTransfer.files);
        }}
      >
        <p className="font-medium">Drop the other interviewers’ CSV scorecards here</p>
        <p className={mutedText}>Per-question or per-interview exports from Panelist; several files at once.</p>
        <label htmlFor={inputId} className="mt-2 block text-sm font-medium">
          Or choose CSV scorecards
        </label>
        <input id={inputId} ref={input} type="file" multiple accept=".csv,text/csv" className="mt-1 block text-sm" onChange={(e) => void add(e.target.files)} />
      </div>

      {files.length > 0 && (
        <ul aria-label="Imported files" className="space-y-2">
          {files.map((file) => {
            const report = reports.find((r) => r.name === file.name);
            return (
              <li key={file.name} className="rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-700">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{file.name}</span>
                  {report && (
                    <>
                      <span className={report.errors.length ? (report.rowsRead ? badgeWarn : badgeBad) : badgeGood}>
                        {report.errors.length ? (report.rowsRead ? 'partly read' : 'rejected') : 'read'}
                      </span>
                      <span className={mutedText}>
                        {SHAPES[report.shape]}: {plural(report.rowsRead, 'row')} read, {plural(report.rowsRejected, 'row')} rejected,{' '}
                        {plural(report.scorecards, 'scorecard')}
                      </span>
                    </>
                  )}
                  <button type="button" className={`${buttonQuiet} ml-auto`} aria-label={`Remove ${file.name}`} onClick={() => onRemove(file.name)}>
                    Remove
                  </button>
                </div>
                {report && report.errors.length > 0 && (
                  <ul aria-label={`Problems in ${file.name}`} className="mt-1 list-disc pl-5 text-rose-700 dark:text-rose-300">
                    {report.errors.map((error, i) => (
                      <li key={i}>{error}</li>
                    ))}
                  </ul>
                )}
                {report && report.notes.length > 0 && (
                  <ul aria-label={`Notes on ${file.name}`} className={`mt-1 list-disc pl-5 ${mutedText}`}>
                    {report.notes.map((note, i) => (
                      <li key={i}>{note}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
