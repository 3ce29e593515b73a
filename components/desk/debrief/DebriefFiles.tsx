import { useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { DebriefFile, FileReport } from '@/utils/domain/debrief/read-files';
import { readCsvFiles } from '@/utils/client/csv-files';
import { buttonQuiet, mutedText, badgeBad, badgeGood, badgeWarn } from '@/components/common/styles';

function shapeName(shape: FileReport['shape']): string {
  switch (shape) {
    case 'items':
      return i18n.t('desk.debriefFiles.shapeItems');
    case 'interviews':
      return i18n.t('desk.debriefFiles.shapeInterviews');
    case 'unknown':
      return i18n.t('desk.debriefFiles.shapeUnknown');
  }
}

/** "per-question export: 12 rows read, 0 rows rejected, 2 scorecards" */
function reportLine(report: FileReport): string {
  return i18n.t('desk.debriefFiles.report', [
    shapeName(report.shape),
    i18n.t('desk.debriefFiles.rowsRead', report.rowsRead, [formatNumber(report.rowsRead)]),
    i18n.t('desk.debriefFiles.rowsRejected', report.rowsRejected, [formatNumber(report.rowsRejected)]),
    i18n.t('desk.debriefFiles.scorecards', report.scorecards, [formatNumber(report.scorecards)]),
  ]);
}

/** Bytes, not text: the worker reads whatever encoding and separator a spreadsheet saved, and refuses oversized files unread. */
async function readAll(list: FileList | null): Promise<DebriefFile[]> {
  return readCsvFiles([...(list ?? [])]);
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
        <p className="font-medium">{i18n.t('desk.debriefFiles.drop')}</p>
        <p className={mutedText}>{i18n.t('desk.debriefFiles.dropHint')}</p>
        <label htmlFor={inputId} className="mt-2 block text-sm font-medium">
          {i18n.t('desk.debriefFiles.choose')}
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          multiple
          accept=".csv,text/csv"
          className="mt-1 block text-sm"
          onChange={(e) => void add(e.target.files)}
        />
      </div>

      {files.length > 0 && (
        <ul aria-label={i18n.t('desk.debriefFiles.imported')} className="space-y-2">
          {files.map((file) => {
            const report = reports.find((r) => r.name === file.name);
            return (
              <li key={file.name} className="rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-700">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{file.name}</span>
                  {report && (
                    <>
                      <span className={report.errors.length ? (report.rowsRead ? badgeWarn : badgeBad) : badgeGood}>
                        {report.errors.length
                          ? report.rowsRead
                            ? i18n.t('desk.debriefFiles.partlyRead')
                            : i18n.t('desk.debriefFiles.rejected')
                          : i18n.t('desk.debriefFiles.read')}
                      </span>
                      <span className={mutedText}>{reportLine(report)}</span>
                    </>
                  )}
                  <button
                    type="button"
                    className={`${buttonQuiet} ml-auto`}
                    aria-label={i18n.t('desk.debriefFiles.removeFile', [file.name])}
                    onClick={() => onRemove(file.name)}
                  >
                    {i18n.t('desk.kitEditor.remove')}
                  </button>
                </div>
                {report && report.errors.length > 0 && (
                  <ul
                    aria-label={i18n.t('desk.debriefFiles.problemsIn', [file.name])}
                    className="mt-1 list-disc pl-5 text-rose-700 dark:text-rose-300"
                  >
                    {report.errors.map((error, i) => (
                      <li key={i}>{error}</li>
                    ))}
                  </ul>
                )}
                {report && report.notes.length > 0 && (
                  <ul aria-label={i18n.t('desk.debriefFiles.notesOn', [file.name])} className={`mt-1 list-disc pl-5 ${mutedText}`}>
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
