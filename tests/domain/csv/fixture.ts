import { KitSchema, type Kit } from '@/utils/domain/kit/schema';
import { AnswerSchema, CandidateSchema, InterviewSchema, answerId, type Answer } from '@/utils/domain/interview/schema';
import type { ScorecardForExport } from '@/utils/domain/csv';
import { canonicalScorecard, sha256HexSync } from '@/utils/domain/seal';

/** What the `seal` cell of a sealed export holds. */
export const A_FILE_SEAL = /^fs2:[0-9a-f]{64}$/;

/** A small two-round kit with three categories, built through the real schema. */
export function buildKit(): Kit {
  return KitSchema.parse({
    schemaVersion: 2,
    id: 'backend-lead',
    title: 'Backend Lead',
    version: 3,
    ratingScale: [
      { score: 1, label: 'Poor', description: 'Far below the bar' },
      { score: 5, label: 'Excellent', description: 'Well above the bar' },
    ],
    categories: [
      { id: 'design', name: 'System design', weightPct: 50, minScore: 3 },
      { id: 'code', name: 'Coding, testing', weightPct: 30, minScore: 2 },
      { id: 'comms', name: 'Communication', weightPct: 20, minScore: 2 },
    ],
    offerThreshold: 3.5,
    decisionOptions: [
      { id: 'hire', label: 'Strong hire' },
      { id: 'no', label: 'No hire' },
    ],
    rounds: [
      {
        id: 'r1',
        title: 'Screen',
        sections: [{ id: 's1', title: 'Warm-up', questions: [{ id: 'q-intro', prompt: 'Tell me about yourself' }] }],
      },
      {
        id: 'r2',
        title: 'Deep dive',
        categoryIds: ['design', 'code'],
        sections: [
          {
            id: 'arch',
            title: 'Architecture, part 1',
            questions: [
              {
                id: 'q-cache',
                title: 'Caching',
                prompt: 'How would you cache "hot" rows?',
                categoryId: 'design',
                expectedPoints: ['TTL', 'Invalidation, on write', 'Stampede protection', '=cmd|calc', 'Metrics'],
              },
              { id: 'q-queue', prompt: 'Design a queue', categoryId: 'design', expectedPoints: ['Ordering', 'Retries'] },
            ],
          },
          {
            id: 'wrap',
            title: 'Wrap-up',
            questions: [
              {
                id: 'q-tests',
                prompt: '-- How do you test it?',
                categoryId: 'code',
                criteria: [
                  { id: 'unit', name: 'Unit tests', weightPct: 75 },
                  { id: 'load', name: 'Load tests', weightPct: 25 },
                ],
              },
              { id: 'q-logistics', prompt: 'Notice period', scored: false },
            ],
          },
        ],
      },
    ],
  });
}

export const TRICKY_NOTE = 'Said "use Redis", then, after a pause:\r\nJosé wrote 李 🚀\n=HYPERLINK("http://evil.example","click")';

function answer(questionId: string, fields: Partial<Answer>): Answer {
  return AnswerSchema.parse({ id: answerId('iv-1', questionId), interviewId: 'iv-1', questionId, updatedAt: 1, ...fields });
}

/** A submitted round-2 interview whose text is full of things CSV gets wrong. */
export function buildScorecard(): ScorecardForExport {
  const kit = buildKit();
  const interview = InterviewSchema.parse({
    id: 'iv-1',
    candidateId: 'c-1',
    kitId: kit.id,
    kitVersion: 3,
    roundId: 'r2',
    interviewer: 'Ana, "the" reviewer',
    platform: 'meet',
    createdAt: Date.UTC(2025, 2, 4, 9, 0, 0),
    startedAt: Date.UTC(2025, 2, 4, 9, 30, 5),
    status: 'submitted',
    categoryRatings: { comms: 4, design: 5 },
    flags: [
      { id: 'f1', kind: 'red', text: 'Blamed the team, twice', roundElapsedMs: 760_400, raisedAt: 2 },
      { id: 'f2', kind: 'green', text: '+ Asked about SLOs', roundElapsedMs: 65_000, raisedAt: 3 },
      { id: 'f3', kind: 'red', text: 'Late "again"', roundElapsedMs: 4_503_999, raisedAt: 4 },
    ],
    decisionId: 'hire',
    decisionReason: '@team: strong on design;\nweak on tests',
    overallNotes: '+ Overall: "calm", precise;\nwould pair well with the platform team',
    submittedAt: Date.UTC(2025, 2, 4, 10, 45, 0),
    updatedAt: 5,
  });
  const candidate = CandidateSchema.parse({ id: 'c-1', name: 'José 李 Núñez', createdAt: 0 });
  const answers = [
    answer('q-cache', { score: 4, pointsTicked: [3, 1], notes: TRICKY_NOTE }),
    answer('q-tests', { criteriaScores: { load: 4, unit: 2 }, notes: "'=already quoted\tand -3" }),
    answer('q-logistics', { notAsked: true, notes: '' }),
    answer('q-removed', { score: 3, notes: '=HYPERLINK("http://evil.example","click") was asked in an older kit' }),
  ];
  // Sealed as the store seals on submit.
  interview.seal = sha256HexSync(canonicalScorecard(interview, answers));
  return {
    interview,
    candidate,
    kit,
    answers,
    categoryScores: { design: 4.5, code: 2, comms: null },
    weightedTotal: 3.85,
    meetsThreshold: true,
    failedMinimums: ['comms', 'code'],
  };
}
