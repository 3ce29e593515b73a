import { ITEM_COLUMNS, interviewColumns, interviewRow, itemRows, toCsv, type ScorecardForExport } from '@/utils/domain/csv';
import { AnswerSchema, CandidateSchema, InterviewSchema, type Answer, type Flag, type Interview } from '@/utils/domain/interview/schema';
import { KitSchema, type Kit } from '@/utils/domain/kit/schema';
import { scoreInputFor, scoreInterview } from '@/utils/domain/scoring';
import { canonicalScorecard, sha256HexSync } from '@/utils/domain/seal';
import { testKit, testKitInput } from './store';

/**
 * Scorecards as other interviewers' browsers would export them, built with the real CSV
 * writers from real records, so the debrief is tested against what Panelist actually writes.
 */

export interface CardSpec {
  id: string;
  interviewer: string;
  candidate?: string;
  scores: { orm?: number | null; intro?: number | null };
  ratings?: Record<string, number>;
  decisionId?: string;
  reason?: string;
  flags?: Pick<Flag, 'kind' | 'text' | 'roundElapsedMs'>[];
  status?: 'draft' | 'submitted';
  kit?: Kit;
}

export function exportable(spec: CardSpec): ScorecardForExport {
  const kit = spec.kit ?? testKit;
  const interview: Interview = InterviewSchema.parse({
    id: spec.id,
    candidateId: 'c',
    kitId: kit.id,
    kitVersion: kit.version,
    roundId: 'screen',
    interviewer: spec.interviewer,
    platform: 'meet',
    createdAt: Date.UTC(2025, 0, 6, 9),
    updatedAt: Date.UTC(2025, 0, 6, 10),
    status: spec.status ?? 'submitted',
    categoryRatings: spec.ratings ?? {},
    decisionId: spec.decisionId,
    decisionReason: spec.reason ?? '',
    flags: (spec.flags ?? []).map((f, n) => ({ ...f, id: `${spec.id}-f${n}`, raisedAt: 0 })),
  });
  const answers: Answer[] = Object.entries(spec.scores).map(([questionId, score]) =>
    AnswerSchema.parse({ id: `${spec.id}:${questionId}`, interviewId: spec.id, questionId, score, updatedAt: 1 }),
  );
  // Sealed as the store seals on submit, so its export carries a file seal that checks.
  if (interview.status === 'submitted') interview.seal = sha256HexSync(canonicalScorecard(interview, answers));
  const summary = scoreInterview(scoreInputFor(kit, interview, answers));
  return {
    interview,
    candidate: CandidateSchema.parse({ id: 'c', name: spec.candidate ?? 'Ana Lima', createdAt: 0 }),
    kit,
    answers,
    categoryScores: Object.fromEntries(summary.categories.map((c) => [c.categoryId, c.score])),
    weightedTotal: summary.weightedTotal,
    meetsThreshold: summary.meetsThreshold,
    failedMinimums: summary.failedMinimums,
  };
}

export const itemsCsv = (...specs: CardSpec[]) =>
  toCsv(
    ITEM_COLUMNS,
    specs.flatMap((s) => itemRows(exportable(s))),
  );
export const interviewsCsv = (...specs: CardSpec[]) => {
  const kit = specs[0]?.kit ?? testKit;
  return toCsv(
    interviewColumns(kit),
    specs.map((s) => interviewRow(exportable(s))),
  );
};

/** Three interviewers who disagree on Django (5, 3, 2) and agree on communication (4, 4, 3). */
export const sam: CardSpec = {
  id: 'sam-0001-interview',
  interviewer: 'Sam',
  scores: { orm: 5, intro: 4 },
  decisionId: 'strong-yes',
  reason: 'Deep ORM knowledge',
  flags: [{ kind: 'green', text: 'Explained trade-offs clearly', roundElapsedMs: 12 * 60_000 + 40_000 }],
};
export const kim: CardSpec = {
  id: 'kim-0002-interview',
  interviewer: 'Kim',
  scores: { orm: 3, intro: 4 },
  decisionId: 'yes',
  reason: 'Good, some gaps',
};
export const lee: CardSpec = {
  id: 'lee-0003-interview',
  interviewer: 'Lee',
  scores: { orm: 2, intro: 3 },
  decisionId: 'no',
  reason: 'Could not explain select_related',
  flags: [{ kind: 'red', text: 'Blamed the previous team', roundElapsedMs: 5 * 60_000 }],
};

/** The test kit with the guide's two kinds of reference questions and a short agenda of its own. */
export const debriefKit: Kit = KitSchema.parse({
  ...testKitInput,
  decisionOptions: [
    { id: 'strong-yes', label: 'Strong Yes', meaning: 'Make offer immediately', nextStep: 'offer' },
    { id: 'yes', label: 'Yes', meaning: 'Make offer after reference checks', nextStep: 'reference-checks' },
    { id: 'no', label: 'No', meaning: 'Reject with specific feedback', nextStep: 'reject' },
  ],
  referenceChecks: [
    {
      kind: 'technical',
      title: 'Technical Reference',
      questions: ['How would you rate their Django expertise?', 'Would you hire them again?'],
    },
    { kind: 'leadership', title: 'Leadership Reference', questions: ['How effective were they at mentoring?'] },
  ],
  debriefAgenda: {
    format: ['All interviewers present'],
    steps: [
      { id: 'impressions', title: 'Impressions', kind: 'impressions', durationMin: 3 },
      { id: 'scores', title: 'Scores', kind: 'by-category', durationMin: 5 },
      { id: 'concerns', title: 'Concerns', kind: 'concerns', durationMin: 2 },
      { id: 'strengths', title: 'Strengths', kind: 'strengths', durationMin: 2 },
      { id: 'vote', title: 'Vote', kind: 'vote', durationMin: 3 },
    ],
  },
});
