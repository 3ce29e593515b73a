import { ITEM_COLUMNS, csvRow, itemRows, CSV_BOM } from '../../utils/domain/csv';
import { scoreInputFor, scoreInterview } from '../../utils/domain/scoring';
import { canonicalScorecard, sha256HexSync } from '../../utils/domain/seal';
import type { Kit } from '../../utils/domain/kit/schema';
import { createDataset, FULL_DATASET } from './generate';

/**
 * An items CSV of at least `bytes` (UTF-8), exported by the real writer from the bench data set's
 * interviews, every submitted one really sealed: what a whole team's "export all" looks like.
 */
export function itemsCsvOfSize(bytes: number): { csv: string; kits: Kit[]; interviews: number } {
  const dataset = createDataset({ ...FULL_DATASET, interviews: 100_000 });
  const byId = new Map(dataset.candidates.map((c) => [c.id, c]));
  const kit = dataset.kits[0]!;
  const parts = [CSV_BOM + csvRow([...ITEM_COLUMNS])];
  let size = parts[0]!.length;
  let interviews = 0;
  for (const chunk of dataset.chunks(500)) {
    const answersOf = new Map<string, typeof chunk.answers>();
    for (const answer of chunk.answers) {
      const own = answersOf.get(answer.interviewId);
      if (own) own.push(answer);
      else answersOf.set(answer.interviewId, [answer]);
    }
    for (const interview of chunk.interviews) {
      const answers = answersOf.get(interview.id) ?? [];
      const sealed =
        interview.status === 'submitted' ? { ...interview, seal: sha256HexSync(canonicalScorecard(interview, answers)) } : interview;
      const summary = scoreInterview(scoreInputFor(kit, sealed, answers));
      const rows = itemRows({
        interview: sealed,
        candidate: byId.get(interview.candidateId)!,
        kit,
        answers,
        categoryScores: Object.fromEntries(summary.categories.map((c) => [c.categoryId, c.score])),
        weightedTotal: summary.weightedTotal,
        meetsThreshold: summary.meetsThreshold,
        failedMinimums: summary.failedMinimums,
      });
      for (const row of rows) {
        const text = csvRow(row);
        parts.push(text);
        size += Buffer.byteLength(text);
      }
      interviews++;
      if (size >= bytes) return { csv: parts.join(''), kits: dataset.kits, interviews };
    }
  }
  return { csv: parts.join(''), kits: dataset.kits, interviews };
}
