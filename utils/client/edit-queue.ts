import { revisionOf, type Flag, type TimerEvent } from '@/utils/domain/interview/schema';
import type { AnswerPatch, InterviewPatch } from '@/utils/protocol';

/**
 * One change the interviewer made that the store has not yet acknowledged.
 * The view shows these on top of the stored scorecard, so nothing typed or
 * clicked disappears while it travels, and nothing is forgotten if it fails.
 */
export type Edit =
  | { kind: 'answer'; questionId: string; patch: AnswerPatch }
  | { kind: 'interview'; patch: InterviewPatch }
  | { kind: 'flag'; flag: Flag }
  | { kind: 'unflag'; flagId: string }
  | { kind: 'timer'; event: TimerEvent };

export type SaveState = { status: 'saved' } | { status: 'saving' } | { status: 'error'; message: string; retrying: boolean };

export interface PendingEdit {
  readonly seq: number;
  readonly key: string;
  readonly edit: Edit;
  /** Not sent before this time (on the queue's monotonic clock): typing is debounced, a click is due at once. */
  readonly dueAt: number;
  /** Sent by this time at the latest, however long the typing goes on: a crash loses at most this much. */
  readonly latestAt: number;
  readonly inFlight: boolean;
}

/**
 * An edit the store has acknowledged, kept until the stored copy the view holds has caught up
 * with it (its record's revision reaches `revision`). The reply and the removal from `pending`
 * reach a React view in different renders (useSyncExternalStore updates at once, state set in a
 * promise callback later): without this, the edit would vanish for a render or more, the view
 * would show the old text, and a keystroke then would store the old text plus the new letters.
 */
export interface AckedEdit {
  readonly key: string;
  readonly edit: Edit;
  /** The revision the store gave the record with this edit. */
  readonly revision: number;
}

export interface QueueSnapshot {
  pending: readonly PendingEdit[];
  acked: readonly AckedEdit[];
  save: SaveState;
}

export interface EditQueueOptions {
  /** Carries one edit to the store; resolves with the store's answer or throws. */
  send(edit: Edit): Promise<unknown>;
  /** Called with the store's answer before the edit leaves `pending`, so the view never flickers back. */
  onAck?(edit: Edit, result: unknown): void;
  /** True for failures worth retrying (the store did not answer); anything else is refused and dropped. */
  isTransient(error: unknown): boolean;
  /** Delay before retry number `attempt` (1-based). */
  retryDelayMs?(attempt: number): number;
  /**
   * Elapsed time in ms for debouncing, never the wall clock: a system clock that steps back an
   * hour would hold a debounced note for that hour. Defaults to performance.now().
   */
  monotonicNow?(): number;
  /** The longest an edit waits while typing goes on (each keystroke restarts its debounce, up to this). */
  maxWaitMs?: number;
}

/** A note typed without a pause is still sent at least this often: a tab that crashes loses at most the last second. */
export const MAX_TYPING_WAIT_MS = 1000;
const MAX_ACKED = 200;

const defaultRetryDelay = (attempt: number) => Math.min(8000, 500 * 2 ** (attempt - 1));

function keyOf(edit: Edit, seq: number): string {
  switch (edit.kind) {
    case 'answer':
      return `answer:${edit.questionId}`;
    case 'interview':
      return 'interview';
    case 'flag':
      return `flag:${edit.flag.id}`;
    case 'unflag':
      return `unflag:${edit.flagId}`;
    case 'timer':
      // Timer events are facts in a sequence: never merged.
      return `timer:${seq}`;
  }
}

function mergeEdits(older: Edit, newer: Edit): Edit {
  if (older.kind === 'answer' && newer.kind === 'answer') {
    const patch: AnswerPatch = { ...older.patch, ...newer.patch };
    // Criteria are scored one at a time: two waiting scores for different criteria both stay.
    if (older.patch.criteriaScores && newer.patch.criteriaScores)
      patch.criteriaScores = { ...older.patch.criteriaScores, ...newer.patch.criteriaScores };
    return { ...older, patch };
  }
  if (older.kind === 'interview' && newer.kind === 'interview') {
    const patch: InterviewPatch = { ...older.patch, ...newer.patch };
    if (older.patch.categoryRatings && newer.patch.categoryRatings)
      patch.categoryRatings = { ...older.patch.categoryRatings, ...newer.patch.categoryRatings };
    return { ...older, patch };
  }
  return newer;
}

/**
 * What is left to store of `older` once `newer`, an edit to the same thing sent
 * after it, has been stored: the fields `newer` set must not be written back.
 */
function withoutOverwritten(older: Edit, newer: Edit): Edit | null {
  if (older.kind === 'answer' && newer.kind === 'answer') {
    const patch: AnswerPatch = { ...older.patch };
    for (const field of Object.keys(newer.patch) as (keyof AnswerPatch)[]) if (field !== 'criteriaScores') delete patch[field];
    if (older.patch.criteriaScores && newer.patch.criteriaScores) {
      const scores = { ...older.patch.criteriaScores };
      for (const id of Object.keys(newer.patch.criteriaScores)) delete scores[id];
      if (Object.keys(scores).length) patch.criteriaScores = scores;
      else delete patch.criteriaScores;
    }
    return Object.keys(patch).length ? { ...older, patch } : null;
  }
  if (older.kind === 'interview' && newer.kind === 'interview') {
    const patch: InterviewPatch = { ...older.patch };
    for (const field of Object.keys(newer.patch) as (keyof InterviewPatch)[]) if (field !== 'categoryRatings') delete patch[field];
    if (older.patch.categoryRatings && newer.patch.categoryRatings) {
      const ratings = { ...older.patch.categoryRatings };
      for (const id of Object.keys(newer.patch.categoryRatings)) delete ratings[id];
      if (Object.keys(ratings).length) patch.categoryRatings = ratings;
      else delete patch.categoryRatings;
    }
    return Object.keys(patch).length ? { ...older, patch } : null;
  }
  // A flag, an unflag or a timer event is one fact: a later one of the same key replaces it.
  return null;
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Edits waiting for the store. Normally one travels at a time: the oldest edit
 * that is due, so a click is not held behind a note still being typed on another
 * question, while edits to the same thing (one question's answer, the
 * interview's fields) merge as they wait and so keep their order. `flush` sends
 * everything at once without waiting for replies, because a page that is going
 * away never gets them; the store commits requests in the order they arrive. A
 * transient failure keeps the edit and retries with backoff; a refusal drops it
 * and says why.
 */
export class EditQueue {
  private pending: PendingEdit[] = [];
  private save: SaveState = { status: 'saved' };
  private acked: AckedEdit[] = [];
  private snapshot: QueueSnapshot = { pending: [], acked: [], save: this.save };
  private listeners = new Set<() => void>();
  private idleWaiters: (() => void)[] = [];
  private seq = 0;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waitingForRetry = false;
  /** Edits in the order they were sent, kept while an earlier one may still fail and need retrying. */
  private sent: { seq: number; key: string; edit: Edit }[] = [];
  private readonly now: () => number;

  constructor(private readonly options: EditQueueOptions) {
    this.now = options.monotonicNow ?? (() => performance.now());
  }

  getSnapshot = (): QueueSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Queue an edit; `delayMs` debounces it (each further edit to the same thing restarts the wait). */
  push(edit: Edit, delayMs = 0): void {
    const seq = ++this.seq;
    const key = keyOf(edit, seq);
    const now = this.now();
    const waiting = this.pending.findIndex((p) => p.key === key && !p.inFlight);
    if (waiting >= 0) {
      const older = this.pending[waiting]!;
      this.pending[waiting] = { ...older, edit: mergeEdits(older.edit, edit), dueAt: Math.min(now + delayMs, older.latestAt) };
    } else {
      const latestAt = now + Math.max(delayMs, this.options.maxWaitMs ?? MAX_TYPING_WAIT_MS);
      this.pending.push({ seq, key, edit, dueAt: now + delayMs, latestAt, inFlight: false });
    }
    this.changed();
    this.pump();
  }

  /**
   * Send every waiting edit now, in order, debounced or not, without waiting for
   * the replies (before submitting, or when the page goes away and will never
   * see them).
   */
  flush(): void {
    // Also cuts short a wait before retrying: the page may not be there when it ends.
    this.waitingForRetry = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.now();
    const waiting = this.pending.filter((p) => !p.inFlight);
    for (const entry of waiting) this.send({ ...entry, dueAt: Math.min(entry.dueAt, now) });
    this.changed();
  }

  /** Resolves once nothing is waiting or travelling (also after a refusal dropped the last edit). */
  idle(): Promise<void> {
    if (this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private pump(): void {
    if (this.waitingForRetry || this.pending.some((p) => p.inFlight)) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.now();
    // Waiting edits never share a key (they merge), so sending a due one first cannot reorder edits to one thing.
    const due = this.pending.find((p) => p.dueAt <= now);
    if (due) {
      this.send(due);
      this.changed();
      return;
    }
    if (this.pending.length === 0) return;
    const wait = Math.min(...this.pending.map((p) => p.dueAt)) - now;
    this.timer = setTimeout(() => this.pump(), wait);
  }

  /** Marks the edit travelling and sends it; the reply is handled whenever it comes. */
  private send(entry: PendingEdit): void {
    this.replace(entry.seq, { ...entry, inFlight: true });
    this.sent.push({ seq: entry.seq, key: entry.key, edit: entry.edit });
    let reply: Promise<unknown>;
    try {
      reply = this.options.send(entry.edit);
    } catch (error) {
      reply = Promise.reject(error);
    }
    reply.then(
      (result) => this.settled(entry, { ok: true, result }),
      (error: unknown) => this.settled(entry, { ok: false, error }),
    );
  }

  private settled(entry: PendingEdit, outcome: { ok: true; result: unknown } | { ok: false; error: unknown }): void {
    if (outcome.ok) {
      this.attempt = 0;
      this.options.onAck?.(entry.edit, outcome.result);
      this.keepAcked(entry, outcome.result);
      this.remove(entry.seq);
      if (!this.waitingForRetry) this.save = this.pending.length ? { status: 'saving' } : { status: 'saved' };
    } else if (this.options.isTransient(outcome.error)) {
      this.keepForRetry(entry);
      this.save = { status: 'error', message: errorMessage(outcome.error), retrying: true };
      if (!this.waitingForRetry) {
        this.attempt += 1;
        this.waitingForRetry = true;
        clearTimeout(this.timer);
        this.timer = setTimeout(
          () => {
            this.waitingForRetry = false;
            this.pump();
          },
          (this.options.retryDelayMs ?? defaultRetryDelay)(this.attempt),
        );
      }
    } else {
      this.attempt = 0;
      this.remove(entry.seq);
      this.save = { status: 'error', message: errorMessage(outcome.error), retrying: false };
    }
    this.forgetSettledSends();
    this.changed();
    this.pump();
  }

  /**
   * Put a failed edit back to wait. What later sends to the same thing already
   * carried is not resent (it would undo them), and it merges with an edit to
   * the same thing that is waiting, older into newer, in the older one's place:
   * one thing never has two edits waiting.
   */
  private keepForRetry(entry: PendingEdit): void {
    const sentAt = this.sent.findLastIndex((s) => s.seq === entry.seq);
    let edit: Edit | null = entry.edit;
    for (const later of this.sent.slice(sentAt + 1)) if (edit && later.key === entry.key) edit = withoutOverwritten(edit, later.edit);
    this.remove(entry.seq);
    if (!edit) return;
    const other = this.pending.find((p) => p.key === entry.key && !p.inFlight);
    if (!other) {
      // Back in its place: `pending` stays in the order the edits were made.
      this.pending.push({ ...entry, edit, inFlight: false });
      this.pending.sort((a, b) => a.seq - b.seq);
    } else if (other.seq < entry.seq) {
      this.replace(other.seq, { ...other, edit: mergeEdits(other.edit, edit) });
    } else {
      this.remove(other.seq);
      this.pending.push({ ...entry, edit: mergeEdits(edit, other.edit), dueAt: Math.min(entry.dueAt, other.dueAt), inFlight: false });
      this.pending.sort((a, b) => a.seq - b.seq);
    }
  }

  /** Keep the acknowledged edit (the last one per thing) for the view until its copy has the revision the store gave it. */
  private keepAcked(entry: PendingEdit, result: unknown): void {
    const revision = result && typeof result === 'object' && 'revision' in result ? revisionOf(result as { revision?: number }) : null;
    const earlier = this.acked.find((a) => a.key === entry.key);
    this.acked = this.acked.filter((a) => a.key !== entry.key);
    // Merged with the earlier acknowledged edit to the same thing: a score clicked after the notes keeps the notes' text here.
    const edit = earlier ? mergeEdits(earlier.edit, entry.edit) : entry.edit;
    if (revision !== null) this.acked.push({ key: entry.key, edit, revision });
    // Timer events and flags each have their own key; the oldest have long been in the stored copy.
    if (this.acked.length > MAX_ACKED) this.acked = this.acked.slice(-MAX_ACKED);
  }

  /** Sends before the oldest one still travelling can no longer matter to a retry. */
  private forgetSettledSends(): void {
    const travelling = new Set(this.pending.filter((p) => p.inFlight).map((p) => p.seq));
    const first = this.sent.findIndex((s) => travelling.has(s.seq));
    this.sent = first < 0 ? [] : this.sent.slice(first);
  }

  private replace(seq: number, entry: PendingEdit) {
    this.pending = this.pending.map((p) => (p.seq === seq ? entry : p));
  }

  private remove(seq: number) {
    this.pending = this.pending.filter((p) => p.seq !== seq);
  }

  private changed(): void {
    if (this.pending.length > 0 && this.save.status === 'saved') this.save = { status: 'saving' };
    this.snapshot = { pending: [...this.pending], acked: [...this.acked], save: this.save };
    for (const listener of this.listeners) listener();
    if (this.pending.length === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
