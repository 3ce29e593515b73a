import { answerId, type Interview } from './interview/schema';
import { describeIssues } from './issues';
import { canonicalJson, sealStatus, type SealStatus } from './seal';
import {
  BACKUP_SECTIONS,
  BackupError,
  SECTION_ORDER,
  kitKey,
  type KitRow,
  type ScorecardRow,
  type SectionCounts,
  type SectionName,
  type SectionRow,
} from './backup';

/**
 * Everything a backup must satisfy before any of it is written, checked a row at a time so a file
 * of any size is checked in one pass: each row against its schema, no key twice, every reference
 * to a row earlier in the file (a backup stands on its own), an interview's round present in the
 * kit it will run with after the restore, and no kit claiming to be built into Panelist unless
 * Panelist ships it (a forged `builtIn: true` would make a kit undeletable).
 */

/** What the checker needs to know about the store the backup goes into. */
export interface RestoreTarget {
  /** Kits built into this Panelist (the store's built-in kits): id → the newest built-in version. */
  builtIn: ReadonlyMap<string, number>;
  /** Each kit version the store holds now (by kitKey), with its round ids and whether it is built in. */
  localKits: ReadonlyMap<string, { rounds: ReadonlySet<string>; builtIn: boolean }>;
  mode: 'merge' | 'replace';
}

const MAX_LISTED = 8;

export class BackupChecker {
  private readonly problems: string[] = [];
  private more = 0;
  private readonly keys = Object.fromEntries(SECTION_ORDER.map((s) => [s, new Set<string>()])) as Record<SectionName, Set<string>>;
  /** The round ids each kit version will have once restored (a merge keeps the store's copy of a kit both hold). */
  private readonly kitRounds = new Map<string, ReadonlySet<string>>();
  readonly candidateNames = new Map<string, string>();
  readonly counts = Object.fromEntries(SECTION_ORDER.map((s) => [s, 0])) as Record<SectionName, number>;

  constructor(private readonly target: RestoreTarget) {}

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Whether a row with this key was seen (or assumed). */
  has(section: SectionName, key: string): boolean {
    return this.keys[section].has(key);
  }

  /**
   * Rows the store already holds, counted as if earlier in the file: a restore written chunk by
   * chunk checks each chunk's references against what earlier chunks (or the store) hold.
   */
  assume(section: SectionName, keys: Iterable<string>): void {
    for (const key of keys) this.keys[section].add(key);
  }

  /** Check one row (as read from the file); returns it parsed, or undefined with the problem recorded. */
  row<S extends SectionName>(section: S, raw: unknown, index: number): SectionRow<S> | undefined {
    const spec = BACKUP_SECTIONS[section];
    const where = `${spec.label}[${index}]`;
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      this.problem(describeIssues(parsed.error, where, 3));
      return undefined;
    }
    const row = parsed.data as SectionRow<S>;
    const key = spec.key(row);
    if (this.keys[section].has(key)) this.problem(`${where}: ${spec.describe(row)} appears twice in the file`);
    this.keys[section].add(key);
    this.counts[section] += 1;
    for (const ref of (
      spec.refs as ((r: SectionRow<S>) => { section: SectionName; key: string; field: string; what: string }[]) | undefined
    )?.(row) ?? [])
      if (!this.keys[ref.section].has(ref.key))
        this.problem(`${where}.${ref.field}: ${spec.describe(row)} needs ${ref.what}, which is not in the backup`);
    if (section === 'kits') this.kit(row as KitRow, where);
    if (section === 'candidates') this.candidateNames.set(key, (row as SectionRow<'candidates'>).name);
    if (section === 'scorecards') this.scorecard(row as ScorecardRow, where);
    return row;
  }

  /** After the last row: throws a BackupError naming every problem (the first few), or when the file is not complete. */
  finish(declared?: SectionCounts): void {
    if (declared)
      for (const section of SECTION_ORDER)
        if ((declared[section] ?? 0) !== this.counts[section] && this.ok)
          this.problem(
            `the file says it holds ${declared[section] ?? 0} ${BACKUP_SECTIONS[section].label} but has ${this.counts[section]}: it is incomplete or was edited`,
          );
    if (this.ok) return;
    const more = this.more ? `; …and ${this.more} more problem${this.more === 1 ? '' : 's'}` : '';
    throw new BackupError(`${this.problems.join('; ')}${more}`);
  }

  private problem(message: string): void {
    if (this.problems.length < MAX_LISTED) this.problems.push(message);
    else this.more += 1;
  }

  private kit(kit: KitRow, where: string): void {
    const shipped = this.target.builtIn.get(kit.id);
    if (kit.builtIn && shipped === undefined)
      this.problem(
        `${where}: kit "${kit.id}" version ${kit.version} says it is built into Panelist, but Panelist has no built-in kit "${kit.id}"`,
      );
    else if (kit.builtIn && shipped !== undefined && kit.version > shipped)
      this.problem(
        `${where}: kit "${kit.id}" version ${kit.version} says it is built into Panelist, but the built-in "${kit.id}" is at version ${shipped}`,
      );
    const key = kitKey(kit.id, kit.version);
    const local = this.target.localKits.get(key);
    const keepsLocal = local && (this.target.mode === 'merge' || local.builtIn);
    this.kitRounds.set(key, keepsLocal ? local.rounds : new Set(kit.rounds.map((r) => r.id)));
  }

  private scorecard({ interview, answers }: ScorecardRow, where: string): void {
    const who = this.candidateNames.get(interview.candidateId);
    const named = `interview "${interview.id}"${who ? ` (${who})` : ''}`;
    const key = kitKey(interview.kitId, interview.kitVersion);
    // A kit assumed present (already in the store) runs with the store's copy.
    const rounds = this.kitRounds.get(key) ?? (this.keys.kits.has(key) ? this.target.localKits.get(key)?.rounds : undefined);
    if (rounds && !rounds.has(interview.roundId))
      this.problem(
        `${where}.roundId: ${named} is for round "${interview.roundId}", which kit "${interview.kitId}" version ${interview.kitVersion} does not have`,
      );
    const seen = new Set<string>();
    answers.forEach((answer, j) => {
      if (answer.interviewId !== interview.id) this.problem(`${where}.answers[${j}].interviewId: expected "${interview.id}"`);
      else if (answer.id !== answerId(interview.id, answer.questionId))
        this.problem(`${where}.answers[${j}].id: expected "${answerId(interview.id, answer.questionId)}"`);
      else if (seen.has(answer.id)) this.problem(`${where}.answers[${j}]: answer "${answer.id}" appears twice`);
      seen.add(answer.id);
    });
  }
}

/** A submitted scorecard's seal as the file has it: intact, edited after submission, or missing. Drafts: null. */
export function incomingSeal(row: ScorecardRow): Promise<SealStatus | null> {
  return row.interview.status === 'submitted' ? sealStatus(row) : Promise.resolve(null);
}

/**
 * What a restore does with one row: add it, take the file's version over this store's, leave an
 * identical one, or keep this store's (and why). A replace-restore hands in no local row except a
 * built-in kit (the store keeps those), so the same rules serve both modes.
 */
export type Decision =
  | { action: 'add' | 'take' | 'same' }
  | { action: 'keep'; reason: 'newer-here' | 'submitted-here' | 'sealed-here' | 'differs' | 'built-in' };

/**
 * Scorecards merge by the store's revision (+1 per write), never by clock time: the newer version
 * wins, whole (interview and answers together, as its seal covers both). A submitted scorecard here
 * never becomes a draft, and a file's scorecard edited after submission never replaces one here.
 */
export function decideScorecard(local: Interview | undefined, incoming: ScorecardRow, seal: SealStatus | null): Decision {
  if (!local) return { action: 'add' };
  const mine = local.revision ?? 0;
  const theirs = incoming.interview.revision ?? 0;
  if (local.status === 'submitted' && incoming.interview.status !== 'submitted') return { action: 'keep', reason: 'submitted-here' };
  if (theirs > mine && local.status === 'submitted' && seal !== 'intact') return { action: 'keep', reason: 'sealed-here' };
  if (theirs > mine) return { action: 'take' };
  if (theirs < mine) return { action: 'keep', reason: 'newer-here' };
  return canonicalJson(local) === canonicalJson(incoming.interview) ? { action: 'same' } : { action: 'keep', reason: 'differs' };
}

/** Kits and candidates carry no revision: one the store already holds is kept (a kit version interviews ran with never changes). */
export function decideKit(local: KitRow | undefined, incoming: KitRow): Decision {
  if (!local) return { action: 'add' };
  const content = ({ archived: _a, builtIn: _b, ...kit }: KitRow) => canonicalJson(kit);
  if (content(local) === content(incoming)) return { action: 'same' };
  return { action: 'keep', reason: local.builtIn ? 'built-in' : 'differs' };
}

export function decideRecord<T>(local: T | undefined, incoming: T): Decision {
  if (local === undefined) return { action: 'add' };
  return canonicalJson(local) === canonicalJson(incoming) ? { action: 'same' } : { action: 'keep', reason: 'differs' };
}

/** A record the store revises (+1 per write), such as a debrief: the newer version wins, never by clock time. */
export function decideRevised<T extends { revision?: number }>(local: T | undefined, incoming: T): Decision {
  if (local === undefined) return { action: 'add' };
  if (canonicalJson(local) === canonicalJson(incoming)) return { action: 'same' };
  const mine = local.revision ?? 0;
  const theirs = incoming.revision ?? 0;
  if (theirs > mine) return { action: 'take' };
  return { action: 'keep', reason: theirs < mine ? 'newer-here' : 'differs' };
}

/** Settings are preferences, not records of work: the file's value is taken, as it always was. */
export function decideSetting<T>(local: T | undefined, incoming: T): Decision {
  if (local === undefined) return { action: 'add' };
  return canonicalJson(local) === canonicalJson(incoming) ? { action: 'same' } : { action: 'take' };
}
