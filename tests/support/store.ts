import { KitSchema, type Kit, type KitInput } from '@/utils/domain/kit/schema';
import { PanelistDb } from '@/utils/store/database';
import { storeContext, type StoreContext } from '@/utils/store/context';
import { createStoreHandlers } from '@/utils/store/handlers';
import { seedBuiltinKits } from '@/utils/store/kits';
import { dispatch, type Handlers } from '@/utils/store/dispatch';
import type { Reply, RequestName, RequestPayload, ResponseMap } from '@/utils/protocol';

/** A small kit with everything the store checks: two timed sections, points to tick, categories, decisions. */
export const testKitInput: KitInput = {
  schemaVersion: 2,
  id: 'test-kit',
  title: 'Test kit',
  version: 1,
  ratingScale: [
    { score: 1, label: 'Poor', description: 'poor' },
    { score: 5, label: 'Exceptional', description: 'exceptional' },
  ],
  categories: [
    { id: 'django', name: 'Django Expertise', weightPct: 60, minScore: 4 },
    { id: 'comms', name: 'Communication', weightPct: 40, minScore: 3 },
  ],
  offerThreshold: 3.5,
  decisionOptions: [
    { id: 'strong-yes', label: 'Strong Yes' },
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
  rounds: [
    {
      id: 'screen',
      title: 'Screening',
      durationMin: 30,
      categoryIds: ['django', 'comms'],
      sections: [
        {
          id: 'a',
          title: 'Part A',
          durationMin: 15,
          questions: [
            {
              id: 'orm',
              title: 'ORM Optimization',
              prompt: 'How do you fix N+1 queries?',
              expectedPoints: ['select_related', 'prefetch_related'],
              categoryId: 'django',
            },
            { id: 'intro', prompt: 'Tell me about yourself', categoryId: 'comms' },
          ],
        },
        { id: 'b', title: 'Part B', durationMin: 15, questions: [{ id: 'close', prompt: 'Any questions for us?', scored: false }] },
      ],
    },
    {
      id: 'takehome',
      title: 'Take-home review',
      sections: [{ id: 'r', title: 'Review', questions: [{ id: 'code', prompt: 'Walk me through it' }] }],
    },
  ],
};
export const testKit: Kit = KitSchema.parse(testKitInput);

let dbCounter = 0;
export const freshDbName = () => `panelist-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

export interface TestStore {
  db: PanelistDb;
  ctx: StoreContext;
  /** The wall clock the store sees; tests move it. */
  clock: { now: number };
  /** The background's own handlers over this store (what live ports serve). */
  handlers: Handlers;
  /** Send an envelope through the real dispatcher, as the background does. */
  send(message: unknown): Promise<Reply<unknown>>;
  /** Typed request that throws with the error message when the store refuses. */
  call<N extends RequestName>(name: N, payload: RequestPayload<N>): Promise<ResponseMap[N]>;
}

export async function makeStore(options: { name?: string; kits?: Kit[]; idPrefix?: string } = {}): Promise<TestStore> {
  const db = new PanelistDb(options.name ?? freshDbName());
  const clock = { now: Date.UTC(2025, 0, 6, 9, 0, 0) };
  let ids = 0;
  const ctx = storeContext(db, { now: () => clock.now, newId: () => `${options.idPrefix ?? 'id'}-${String(++ids).padStart(4, '0')}` });
  await seedBuiltinKits(ctx, options.kits ?? [testKit]);
  const handlers = createStoreHandlers(ctx);
  const send = (message: unknown) => dispatch(handlers, message);
  const call = async <N extends RequestName>(name: N, payload: RequestPayload<N>) => {
    const reply = await send({ panelist: 1, name, payload });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.data as ResponseMap[N];
  };
  return { db, ctx, clock, handlers, send, call };
}

/** Start a Screening interview with Ana Lima in meeting abc-defg-hij. */
export function startScreening(store: Pick<TestStore, 'call'>, overrides: Partial<RequestPayload<'interviews.start'>> = {}) {
  return store.call('interviews.start', {
    candidateName: 'Ana Lima',
    kitId: 'test-kit',
    roundId: 'screen',
    interviewer: 'Sam',
    platform: 'meet',
    meetingCode: 'abc-defg-hij',
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    ...overrides,
  });
}

/** Fill in what submit requires. */
export async function completeScorecard(store: Pick<TestStore, 'call'>, id: string) {
  await store.call('answers.put', {
    interviewId: id,
    questionId: 'orm',
    patch: { score: 5, notes: 'Named both, with trade-offs', pointsTicked: [0, 1] },
  });
  await store.call('answers.put', { interviewId: id, questionId: 'intro', patch: { score: 3 } });
  await store.call('interviews.update', { id, patch: { decisionId: 'yes', decisionReason: 'Solid Django, clear speaker' } });
}
