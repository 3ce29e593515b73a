import { scoreInputFor, scoreInterview } from '../domain/scoring';
import type { CalibrationPanel } from '../domain/debrief/calibration';
import type { Answer, Interview } from '../domain/interview/schema';
import type { KitRecord } from './database';
import type { StoreContext } from './context';
import { kitKey } from './kits';

/**
 * The history calibration rests on: every debrief held in this browser, each as one panel of
 * category scores, from the files dropped into it and this browser's own scorecards for its
 * candidate (with the debrief's kit). The debrief being held is left out: calibration is what
 * past meetings say. Read in one transaction, awaiting Dexie's own promises only (a live query).
 */
export function calibrationPanels(ctx: StoreContext, excludeId?: string): Promise<CalibrationPanel[]> {
  const { db } = ctx;
  return db.transaction('r', [db.debriefs, db.interviews, db.answers, db.kits], async () => {
    const debriefs = (await db.debriefs.toArray()).filter((d) => d.id !== excludeId);
    const candidates = [...new Set(debriefs.map((d) => d.candidateId))];
    const interviews: Interview[] = await db.interviews.where('candidateId').anyOf(candidates).toArray();
    const [answers, kits] = await Promise.all([
      db.answers
        .where('interviewId')
        .anyOf(interviews.map((i) => i.id))
        .toArray(),
      db.kits.toArray(),
    ]);
    const kitByKey = new Map<string, KitRecord>(kits.map((k) => [kitKey(k.id, k.version), k]));
    const answersOf = new Map<string, Answer[]>();
    for (const answer of answers) answersOf.set(answer.interviewId, [...(answersOf.get(answer.interviewId) ?? []), answer]);
    const local = (candidateId: string, kitId: string) =>
      interviews.flatMap((interview) => {
        const kit = kitByKey.get(kitKey(interview.kitId, interview.kitVersion));
        if (interview.candidateId !== candidateId || interview.kitId !== kitId || !kit) return [];
        const summary = scoreInterview(scoreInputFor(kit, interview, answersOf.get(interview.id) ?? []));
        return [
          {
            id: interview.id,
            interviewer: interview.interviewer,
            categoryScores: Object.fromEntries(summary.categories.map((c) => [c.categoryId, c.score])),
          },
        ];
      });
    return debriefs.map((debrief) => {
      const cards = new Map<string, CalibrationPanel['cards'][number]>();
      for (const card of local(debrief.candidateId, debrief.kitId)) cards.set(card.id, card);
      for (const file of debrief.files)
        for (const card of file.cards)
          if (card.kitId === debrief.kitId && !cards.has(card.interviewId))
            cards.set(card.interviewId, { interviewer: card.interviewer, categoryScores: card.categoryScores });
      return {
        key: `${debrief.candidateId}|${debrief.kitId}`,
        cards: [...cards.values()].map(({ interviewer, categoryScores }) => ({ interviewer, categoryScores })),
      };
    });
  });
}
