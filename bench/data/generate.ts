import { KitSchema, type Kit, type KitInput } from '../../utils/domain/kit/schema';
import type { Answer, Candidate, Interview, TimerEvent } from '../../utils/domain/interview/schema';
import { answerId } from '../../utils/domain/interview/schema';
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { BackupWriter } from '../../utils/domain/backup-file';
import { canonicalScorecard } from '../../utils/domain/seal';
import { BUILTIN_KITS } from '../../utils/domain/kit/builtin';
import { createRandom, type Random } from './random';
import { sentence, CANDIDATE_FIRST_NAMES, CANDIDATE_LAST_NAMES, INTERVIEWERS } from './words';

/**
 * The "history at scale" data set of issue 6, made on demand from a seed (never checked in):
 * by default 10,000 interviews with 30 answers each (300,000 answers) over 3,500 candidates,
 * on a generated 30-question-per-round kit that shares the built-in kit's scoring matrix.
 *
 * Everything is derived from the seed and a fixed epoch, so two runs store the same bytes.
 * Interviews come out in chunks (the generator's state runs through them), and `writeBackupFile`
 * streams them into one Panelist backup file (format 2) that the desk's Backup screen restores:
 * the same path a user's file takes. Submitted scorecards carry real seals.
 */

export interface DatasetOptions {
  interviews: number;
  candidates: number;
  seed: number;
}

export const FULL_DATASET: DatasetOptions = { interviews: 10_000, candidates: 3_500, seed: 20_240_601 };
export const QUESTIONS_PER_ROUND = 30;
export const BENCH_KIT_ID = 'bench-platform-engineer';

/** 2024-01-01T00:00:00Z: interviews are spread over the two years after it. */
const EPOCH = Date.UTC(2024, 0, 1);
const TWO_YEARS = 2 * 365 * 24 * 3600_000;
const MINUTE = 60_000;

/** A kit as large as a full onsite: two rounds of 6 sections × 5 questions, each question with 4 expected points. */
export function benchKit(): Kit {
  const base = BUILTIN_KITS[0]!;
  const random = createRandom(7);
  const rounds = ['technical', 'leadership'].map((roundId, r) => ({
    id: roundId,
    number: r + 1,
    title: r === 0 ? 'Onsite: technical' : 'Onsite: leadership',
    durationMin: 90,
    categoryIds: base.categories.map((c) => c.id),
    sections: Array.from({ length: 6 }, (_, s) => ({
      id: `${roundId}-s${s + 1}`,
      title: `Part ${s + 1}: ${sentence(random, 2, 4)}`,
      durationMin: 15,
      questions: Array.from({ length: QUESTIONS_PER_ROUND / 6 }, (_, q) => ({
        id: `${roundId}-s${s + 1}-q${q + 1}`,
        title: sentence(random, 2, 4),
        prompt: `${sentence(random, 8, 16)}?`,
        expectedPoints: Array.from({ length: 4 }, () => sentence(random, 3, 7)),
        followUps: [`${sentence(random, 5, 9)}?`],
        categoryId: base.categories[(s * 5 + q) % base.categories.length]!.id,
      })),
    })),
    greenFlags: ['Explains trade-offs unprompted'],
    redFlags: ['Blames others for outages'],
  }));
  const input: KitInput = {
    schemaVersion: 2,
    id: BENCH_KIT_ID,
    title: 'Bench: Platform Engineer',
    role: 'Platform Engineer',
    version: 1,
    ratingScale: base.ratingScale,
    categories: base.categories,
    offerThreshold: base.offerThreshold,
    decisionOptions: base.decisionOptions,
    rounds,
  };
  return KitSchema.parse(input);
}

/** A UUID-shaped id from the generator (version nibble and all), so index keys look like real ones. */
function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.int(4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function makeCandidates(random: Random, count: number): Candidate[] {
  return Array.from({ length: count }, (_, n) => ({
    id: uuid(random),
    name: `${random.pick(CANDIDATE_FIRST_NAMES)} ${random.pick(CANDIDATE_LAST_NAMES)}`,
    email: random.chance(0.6) ? `candidate${n}@example.com` : '',
    createdAt: EPOCH + random.int(TWO_YEARS),
  }));
}

/** Start, a `next` per section boundary, finish: a round run roughly to schedule. */
function timerEvents(random: Random, startedAt: number, sections: number): TimerEvent[] {
  const events: TimerEvent[] = [{ type: 'start', at: startedAt }];
  let at = startedAt;
  for (let s = 1; s < sections; s++) {
    at += (12 + random.int(7)) * MINUTE;
    events.push({ type: 'next', at });
  }
  events.push({ type: 'finish', at: at + (12 + random.int(7)) * MINUTE });
  return events;
}

function makeAnswers(random: Random, interviewId: string, kit: Kit, roundId: string, at: number): Answer[] {
  const round = kit.rounds.find((r) => r.id === roundId)!;
  return round.sections.flatMap((section) =>
    section.questions.map((question) => {
      const notAsked = random.chance(0.03);
      const score = notAsked || random.chance(0.05) ? null : 1 + random.int(5);
      const pointsTicked = question.expectedPoints.flatMap((_, i) => (random.chance(0.55) ? [i] : []));
      return {
        id: answerId(interviewId, question.id),
        interviewId,
        questionId: question.id,
        score,
        notAsked,
        pointsTicked,
        notes: random.chance(0.3) ? '' : sentence(random, 4, 30),
        updatedAt: at,
        revision: 1,
      };
    }),
  );
}

export interface DatasetChunk {
  candidates: Candidate[];
  interviews: Interview[];
  answers: Answer[];
}

export interface Dataset {
  kits: Kit[];
  candidates: Candidate[];
  /** Chunks of `chunkSize` interviews, made lazily in order (the generator's state runs through them). */
  chunks(chunkSize: number): Generator<DatasetChunk>;
}

export function createDataset(options: DatasetOptions): Dataset {
  const kit = benchKit();
  const random = createRandom(options.seed);
  const candidates = makeCandidates(random, options.candidates);
  const kits = [kit, ...BUILTIN_KITS];
  function* chunks(chunkSize: number): Generator<DatasetChunk> {
    for (let start = 0; start < options.interviews; start += chunkSize) {
      const chunk: DatasetChunk = { candidates: [], interviews: [], answers: [] };
      const seen = new Set<string>();
      for (let n = start; n < Math.min(options.interviews, start + chunkSize); n++) {
        const candidate = random.pick(candidates);
        if (!seen.has(candidate.id)) {
          seen.add(candidate.id);
          chunk.candidates.push(candidate);
        }
        const id = uuid(random);
        const round = random.pick(kit.rounds);
        const createdAt = Math.max(candidate.createdAt, EPOCH + random.int(TWO_YEARS));
        const startedAt = createdAt + random.int(10) * MINUTE;
        const events = timerEvents(random, startedAt, round.sections.length);
        const finishedAt = events[events.length - 1]!.at;
        const submitted = random.chance(0.98);
        const decision = random.pick(kit.decisionOptions);
        chunk.interviews.push({
          id,
          candidateId: candidate.id,
          kitId: kit.id,
          kitVersion: kit.version,
          roundId: round.id,
          interviewer: random.pick(INTERVIEWERS),
          platform: random.pick(['meet', 'zoom', 'teams'] as const),
          meetingCode: `${random.int(1e9)}`,
          meetingUrl: '',
          createdAt,
          startedAt,
          finishedAt,
          timerEvents: events,
          status: submitted ? 'submitted' : 'draft',
          categoryRatings: random.chance(0.3) ? { [random.pick(kit.categories).id]: 1 + random.int(5) } : {},
          flags: random.chance(0.4)
            ? [
                {
                  id: uuid(random),
                  kind: random.chance(0.5) ? 'green' : 'red',
                  text: sentence(random, 3, 10),
                  roundElapsedMs: random.int(90) * MINUTE,
                  raisedAt: startedAt + MINUTE,
                },
              ]
            : [],
          ...(submitted ? { decisionId: decision.id, submittedAt: finishedAt + 5 * MINUTE } : {}),
          decisionReason: submitted ? sentence(random, 6, 20) : '',
          overallNotes: random.chance(0.5) ? sentence(random, 10, 40) : '',
          reopenings: [],
          // Old drafts were dismissed long ago; a restore must not raise hundreds of reminders.
          reminderDismissed: !submitted,
          updatedAt: finishedAt,
          revision: 1,
        });
        const answers = makeAnswers(random, id, kit, round.id, finishedAt);
        const interview = chunk.interviews.at(-1)!;
        // A real seal, as submit computes it (node:crypto here: the generator runs in Node).
        if (submitted) interview.seal = createHash('sha256').update(canonicalScorecard(interview, answers)).digest('hex');
        chunk.answers.push(...answers);
      }
      yield chunk;
    }
  }
  return { kits, candidates, chunks };
}

/** The data set's kits as a backup holds them: the bench kit is the user's; the shipped ones are built in. */
export const backupKits = (kits: readonly Kit[]) => kits.map((k) => ({ ...k, builtIn: k.id !== BENCH_KIT_ID, archived: false }));

/**
 * The whole data set as one Panelist backup file (format 2, one record per line), written a chunk of
 * interviews at a time so even 50,000 interviews never sit in memory at once. Rows are in the
 * generator's order, not sorted by key (a restore does not need them sorted). Returns the counts.
 */
export function writeBackupFile(path: string, options: DatasetOptions, chunkSize = 1000) {
  const dataset = createDataset(options);
  const fd = openSync(path, 'w');
  try {
    const writer = new BackupWriter((text) => writeSync(fd, text));
    writer.begin(new Date(EPOCH + TWO_YEARS));
    writer.section('kits');
    for (const kit of backupKits(dataset.kits)) writer.row(kit);
    writer.section('candidates');
    for (const candidate of dataset.candidates) writer.row(candidate);
    writer.section('scorecards');
    const perCandidate = new Map<string, number>();
    for (const chunk of dataset.chunks(chunkSize)) {
      const byInterview = new Map<string, Answer[]>();
      for (const answer of chunk.answers) byInterview.set(answer.interviewId, [...(byInterview.get(answer.interviewId) ?? []), answer]);
      for (const interview of chunk.interviews) {
        perCandidate.set(interview.candidateId, (perCandidate.get(interview.candidateId) ?? 0) + 1);
        writer.row({ interview, answers: byInterview.get(interview.id) ?? [] });
      }
    }
    writer.section('settings');
    const counts = writer.end();
    const [id, interviews] = [...perCandidate].sort((a, b) => b[1] - a[1])[0]!;
    const busiest = { id, name: dataset.candidates.find((c) => c.id === id)!.name, interviews };
    return { counts, answers: options.interviews * QUESTIONS_PER_ROUND, candidates: perCandidate.size, busiest };
  } finally {
    closeSync(fd);
  }
}
