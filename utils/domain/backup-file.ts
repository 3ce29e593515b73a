import { z } from 'zod';
import { canonicalJson } from './seal';
import { describeIssues } from './issues';
import { LATEST_MOMENT_MS } from './interview/schema';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  SECTION_ORDER,
  type BackupHeader,
  type SectionCounts,
  type SectionName,
} from './backup';

/**
 * The backup file's layout (version 2): one JSON document, one record per line, so it is written
 * and read a line at a time at any size, and any JSON tool still reads it whole:
 *
 *     {"format":"panelist-backup","version":2,"exportedAt":"2025-01-06T09:00:00.000Z",
 *     "kits":[
 *     {…one kit…},
 *     {…the last kit…}
 *     ],
 *     "candidates":[
 *     …
 *     ],
 *     "counts":{"candidates":2,"kits":2,"scorecards":5,"settings":1}}
 *
 * Sections come in SECTION_ORDER, records sorted by key, each record canonical JSON (keys sorted,
 * no spaces), so the same store always gives the same bytes apart from `exportedAt`. The closing
 * `counts` lets a reader tell a complete file from a cut-off one.
 */

/** Writes a backup a piece at a time to `out`: `begin`, then each section's rows in order, then `end`. */
export class BackupWriter {
  private pending: string | null = null;
  private open: SectionName | null = null;
  private readonly counts: SectionCounts = {};

  constructor(private readonly out: (text: string) => void) {}

  begin(exportedAt: Date): void {
    this.out(`{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},\n`);
  }

  section(name: SectionName): void {
    this.close();
    this.open = name;
    this.counts[name] = 0;
    this.out(`${JSON.stringify(name)}:[\n`);
  }

  row(record: unknown): void {
    if (!this.open) throw new Error('BackupWriter.row before section');
    // One row is held back, so the last row of a section is written without its comma.
    if (this.pending !== null) this.out(`${this.pending},\n`);
    this.pending = canonicalJson(record);
    this.counts[this.open]! += 1;
  }

  end(): SectionCounts {
    this.close();
    this.out(`"counts":${canonicalJson(this.counts)}}\n`);
    return this.counts;
  }

  private close(): void {
    if (!this.open) return;
    if (this.pending !== null) this.out(`${this.pending}\n`);
    this.pending = null;
    this.out('],\n');
    this.open = null;
  }
}

export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'section'; name: SectionName }
  | { kind: 'row'; section: SectionName; index: number; line: number; raw: unknown; text: string }
  | { kind: 'end'; counts: SectionCounts };

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const SECTION_START = /^"([A-Za-z][\w-]*)":\[$/;
const COUNTS = /^"counts":(\{.*\})\}$/;

function checkHeader(raw: unknown): BackupHeader {
  const head = raw as { format?: unknown; version?: unknown; exportedAt?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) throw new BackupError('The file is not a Panelist backup.');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
    throw new BackupError(`The backup was made by a newer Panelist (format version ${head.version}). Update the extension to restore it.`);
  if (typeof head.version !== 'number') throw new BackupError('The file is not a Panelist backup (it has no format version).');
  if (head.version !== 1 && head.version !== 2)
    throw new BackupError(`The backup's format version (${head.version}) is not one Panelist wrote.`);
  const at = typeof head.exportedAt === 'string' ? Date.parse(head.exportedAt) : NaN;
  if (!ISO_MOMENT.test(String(head.exportedAt)) || !(at >= 0 && at <= LATEST_MOMENT_MS))
    throw new BackupError(
      `exportedAt: expected an ISO 8601 UTC date-time like 2026-11-25T09:56:00.000Z, got ${JSON.stringify(head.exportedAt ?? null)}.`,
    );
  return { format: BACKUP_FORMAT, version: head.version, exportedAt: head.exportedAt as string };
}

/**
 * Reads the version-2 layout a line at a time (lines without their line break), strictly: each
 * line must be what the layout says comes next, or the reader names the line and what it expected.
 */
export class BackupLineReader {
  private lineNo = 0;
  private state: 'header' | 'between' | 'rows' | 'done' = 'header';
  private section: SectionName | null = null;
  private index = 0;
  private nextSection = 0;

  /** True when the first line says this is the line layout (a pretty-printed document starts with a lone `{`). */
  static isLineLayout(firstLine: string): boolean {
    return firstLine.startsWith(`{"format":"${BACKUP_FORMAT}"`) && firstLine.trimEnd().endsWith(',');
  }

  read(rawLine: string): BackupEvent | null {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    this.lineNo += 1;
    if (this.state === 'done') {
      if (line.trim() === '') return null;
      throw this.fail('nothing after the closing "counts"');
    }
    if (this.state === 'header') {
      this.state = 'between';
      return { kind: 'header', header: checkHeader(this.json(`${line.replace(/,\s*$/, '')}}`, 'the header')) };
    }
    if (this.state === 'rows') return this.rowOrEnd(line);
    const start = SECTION_START.exec(line);
    if (start) return this.startSection(start[1]!);
    const counts = COUNTS.exec(line);
    if (counts) {
      this.state = 'done';
      return { kind: 'end', counts: this.json(counts[1]!, 'the counts') as SectionCounts };
    }
    throw this.fail(`expected a section such as "${SECTION_ORDER[this.nextSection] ?? 'counts'}":[ or the closing "counts"`);
  }

  /** Throws unless the file ended where it may. */
  finish(): void {
    if (this.state !== 'done')
      throw new BackupError(
        `The file ends at line ${this.lineNo} before its closing "counts": it is incomplete (cut off while saving or copying?).`,
      );
  }

  private startSection(name: string): BackupEvent {
    const at = SECTION_ORDER.indexOf(name as SectionName);
    if (at < 0) throw this.fail(`"${name}" is not a section this Panelist reads`);
    if (at < this.nextSection) throw this.fail(`section "${name}" is out of order or repeated`);
    this.nextSection = at + 1;
    this.section = name as SectionName;
    this.index = 0;
    this.state = 'rows';
    return { kind: 'section', name: this.section };
  }

  private rowOrEnd(line: string): BackupEvent | null {
    if (line === '],' || line === ']') {
      this.state = 'between';
      return null;
    }
    const text = line.endsWith(',') ? line.slice(0, -1) : line;
    const raw = this.json(text, `record ${this.index} of "${this.section}"`);
    return { kind: 'row', section: this.section!, index: this.index++, line: this.lineNo, raw, text };
  }

  private json(text: string, what: string): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw this.fail(`${what} is not valid JSON (${(error as Error).message})`);
    }
  }

  private fail(message: string): BackupError {
    return new BackupError(`Line ${this.lineNo}: ${message}.`);
  }
}

const V1Schema = z.object({
  kits: z.array(z.unknown()),
  candidates: z.array(z.unknown()),
  interviews: z.array(z.object({ id: z.string() }).passthrough()),
  answers: z.array(z.object({ id: z.string(), interviewId: z.string() }).passthrough()),
  settings: z.array(z.unknown()),
});
const V2Schema = z.object(Object.fromEntries(SECTION_ORDER.map((s) => [s, z.array(z.unknown()).default([])])));

/**
 * A backup read as one document (version 1 files, or a version-2 file a tool re-indented): the
 * same events the line reader gives, so one checker and one restore handle both. Version 1's
 * interviews and answers become scorecards: each interview with its answers, in the file's order.
 */
export function documentEvents(text: string): BackupEvent[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`The file is not valid JSON (${(error as Error).message}).`);
  }
  const header = checkHeader(raw);
  const events: BackupEvent[] = [{ kind: 'header', header }];
  const sections: Partial<Record<SectionName, unknown[]>> = {};
  if (header.version === 1) {
    const v1 = V1Schema.safeParse(raw);
    if (!v1.success) throw new BackupError(describeIssues(v1.error));
    const ids = new Set(v1.data.interviews.map((i) => i.id));
    const orphans = v1.data.answers.flatMap((a, i) =>
      ids.has(a.interviewId) ? [] : [`answers[${i}].interviewId: no interview "${a.interviewId}" in the backup`],
    );
    if (orphans.length) throw new BackupError(orphans.slice(0, 5).join('; '));
    const answers = new Map<string, unknown[]>();
    for (const answer of v1.data.answers) answers.set(answer.interviewId, [...(answers.get(answer.interviewId) ?? []), answer]);
    sections.kits = v1.data.kits;
    sections.candidates = v1.data.candidates;
    sections.scorecards = v1.data.interviews.map((interview) => ({ interview, answers: answers.get(interview.id) ?? [] }));
    sections.settings = v1.data.settings;
  } else {
    const v2 = V2Schema.safeParse(raw);
    if (!v2.success) throw new BackupError(describeIssues(v2.error));
    Object.assign(sections, v2.data);
  }
  for (const name of SECTION_ORDER) {
    events.push({ kind: 'section', name });
    (sections[name] ?? []).forEach((row, index) => events.push({ kind: 'row', section: name, index, line: 0, raw: row, text: '' }));
  }
  events.push({ kind: 'end', counts: Object.fromEntries(SECTION_ORDER.map((s) => [s, sections[s]?.length ?? 0])) });
  return events;
}
