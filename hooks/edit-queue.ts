import type { Flag, TimerEvent } from '@/utils/interview/schema';
import type { AnswerPatch, InterviewPatch } from '@/utils/messaging/protocol';

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

export type SaveState =
  | { status: 'saved' }
  | { status: 'saving' }
  | { status: 'error'; message: string; retrying: boolean };

export interface PendingEdit {
  readonly seq: number;
  readonly key: string;
  readonly edit: Edit;
  /** Not sent before this time: typing is debounced, a click is due at once. */
  readonly dueAt: number;
  readonly inFlight: boolean;
}

export interface QueueSnapshot {
  pending: readonly PendingEdit[];
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
  now?(): number;
}

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
  if (older.kind === 'answer' && newer.kind === 'answer') return { ...older, patch: { ...older.patch, ...newer.patch } };
  if (older.kind === 'interview' && newer.kind === 'interview') {
    const patch: InterviewPatch = { ...older.patch, ...newer.patch };
    if (older.patch.categoryRatings && newer.patch.categoryRatings)
      patch.categoryRatings = { ...older.patch.categoryRatings, ...newer.patch.categoryRatings };
    return { ...older, patch };
  }
  return newer;
}

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Edits waiting for the store, sent one at a time in the order made. Edits to
 * the same thing (one question's answer, the interview's fields) merge while
 * they wait, so a burst of keystrokes becomes one write. A transient failure
 * keeps the edit and retries with backoff; a refusal drops it and says why.
 */
export class EditQueue {
  private pending: PendingEdit[] = [];
  private save: SaveState = { status: 'saved' };
  private snapshot: QueueSnapshot = { pending: [], save: this.save };
  private listeners = new Set<() => void>();
  private idleWaiters: (() => void)[] = [];
  private seq = 0;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waitingForRetry = false;
  private sending = false;
  private readonly now: () => number;

  constructor(private readonly options: EditQueueOptions) {
    this.now = options.now ?? (() => Date.now());
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
    const dueAt = this.now() + delayMs;
    const waiting = this.pending.findIndex((p) => p.key === key && !p.inFlight);
    if (waiting >= 0) {
      const older = this.pending[waiting]!;
      this.pending[waiting] = { ...older, edit: mergeEdits(older.edit, edit), dueAt };
    } else {
      this.pending.push({ seq, key, edit, dueAt, inFlight: false });
    }
    this.changed();
    this.pump();
  }

  /** Send everything now, debounced or not (before submitting, or when the page goes away). */
  flush(): void {
    const now = this.now();
    this.pending = this.pending.map((p) => (p.dueAt > now ? { ...p, dueAt: now } : p));
    if (this.waitingForRetry) {
      this.waitingForRetry = false;
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.changed();
    this.pump();
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
    if (this.sending || this.waitingForRetry) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const next = this.pending.find((p) => !p.inFlight);
    if (!next) return;
    const wait = next.dueAt - this.now();
    // The oldest edit goes first, so edits reach the store in the order they were made.
    if (wait > 0) {
      this.timer = setTimeout(() => this.pump(), wait);
      return;
    }
    void this.sendOne(next);
  }

  private async sendOne(entry: PendingEdit): Promise<void> {
    this.sending = true;
    this.replace(entry.seq, { ...entry, inFlight: true });
    this.changed();
    let result: unknown;
    let failure: unknown;
    let failed = false;
    try {
      result = await this.options.send(entry.edit);
    } catch (error) {
      failed = true;
      failure = error;
    }
    this.sending = false;
    if (!failed) {
      this.attempt = 0;
      this.options.onAck?.(entry.edit, result);
      this.remove(entry.seq);
      this.save = this.pending.length ? { status: 'saving' } : { status: 'saved' };
    } else if (this.options.isTransient(failure)) {
      this.attempt += 1;
      this.replace(entry.seq, { ...entry, inFlight: false });
      this.save = { status: 'error', message: errorMessage(failure), retrying: true };
      this.waitingForRetry = true;
      this.timer = setTimeout(() => {
        this.waitingForRetry = false;
        this.pump();
      }, (this.options.retryDelayMs ?? defaultRetryDelay)(this.attempt));
    } else {
      this.attempt = 0;
      this.remove(entry.seq);
      this.save = { status: 'error', message: errorMessage(failure), retrying: false };
    }
    this.changed();
    this.pump();
  }

  private replace(seq: number, entry: PendingEdit) {
    this.pending = this.pending.map((p) => (p.seq === seq ? entry : p));
  }

  private remove(seq: number) {
    this.pending = this.pending.filter((p) => p.seq !== seq);
  }

  private changed(): void {
    if (this.pending.length > 0 && this.save.status === 'saved') this.save = { status: 'saving' };
    this.snapshot = { pending: [...this.pending], save: this.save };
    for (const listener of this.listeners) listener();
    if (this.pending.length === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
