import type { KitInput } from '../kit/schema';
import { parseDuration } from './headings';
import type { KitCollector, Overview } from './kit-level';
import type { Usage } from './report';
import type { RoundResult } from './round';
import { kebab, IdAllocator } from './text';

type Recognise = (line: number, what: string, text: string) => void;
type RoundInput = KitInput['rounds'][number];

/**
 * Rounds whose heading gives no number of minutes take it from a process overview
 * ("3. Take-home Challenge (3-6 hours)") when the guide has one; a heading note such
 * as "Submitted Before" is kept after it: "3-6 hours, submitted before".
 */
export function applyOverview(rounds: RoundResult[], overviews: Overview[], usage: Usage, recognise: Recognise): void {
  const filled = new Set<RoundResult>();
  for (const overview of overviews) {
    let used = false;
    for (const r of rounds) {
      const entry = r.statedNumber !== undefined ? overview.entries.get(r.statedNumber) : undefined;
      // Same number and a shared word: an agenda's "1. Impressions (5 min)" is not round 1.
      if (!entry || r.round.durationMin !== undefined || filled.has(r) || !sharesWord(entry.name, r.round.title)) continue;
      const duration = parseDuration(entry.duration);
      if (duration?.minutes !== undefined) {
        r.round.durationMin = duration.minutes;
        delete r.round.durationNote;
      } else if (duration?.note) {
        r.round.durationNote = r.headingNote ? `${entry.duration}, ${r.headingNote.toLowerCase()}` : entry.duration;
      } else continue;
      used = true;
      filled.add(r);
      recognise(
        r.line,
        'round duration',
        `round ${r.round.number} "${r.round.id}": ${r.round.durationMin !== undefined ? `${r.round.durationMin} min` : `"${r.round.durationNote}"`} from the process overview`,
      );
    }
    if (used) usage.use(overview.node);
  }
}

function sharesWord(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3);
  const set = new Set(words(a));
  return words(b).some((w) => set.has(w));
}

/** A guide that is only a question bank still gives a kit: one round, a section per group. */
export function roundsFromBank(kit: KitCollector, recognise: Recognise): RoundInput[] {
  if (kit.questionBank.length === 0) {
    recognise(0, 'missing', 'no rounds found: no heading with a duration, a "Round N" word or questions under it');
    return [];
  }
  const ids = new IdAllocator('section');
  const round: RoundInput = {
    id: 'question-bank',
    number: 1,
    title: 'Question Bank',
    sections: kit.questionBank.map((group) => {
      const id = ids.take(kebab(group.title));
      return { id, title: group.title, questions: group.questions.map((prompt, i) => ({ id: `question-bank.${id}.q${i + 1}`, prompt })) };
    }),
  };
  recognise(
    0,
    'default',
    `no rounds found: made one round "Question Bank" with a section per question bank group (${kit.questionBank.length})`,
  );
  kit.questionBank = [];
  return [round];
}

const DEFAULT_SCALE: KitInput['ratingScale'] = [
  { score: 5, label: 'Exceptional', description: 'Well above the bar in every respect' },
  { score: 4, label: 'Strong', description: 'Clearly meets the bar' },
  { score: 3, label: 'Adequate', description: 'Meets most of the bar' },
  { score: 2, label: 'Below', description: 'Misses key parts of the bar' },
  { score: 1, label: 'Poor', description: 'Does not meet the bar' },
];

const DEFAULT_DECISIONS: KitInput['decisionOptions'] = [
  { id: 'strong-yes', label: 'Strong Yes', meaning: 'Hire; make an offer' },
  { id: 'yes', label: 'Yes', meaning: 'Hire' },
  { id: 'no', label: 'No', meaning: 'Do not hire' },
  { id: 'strong-no', label: 'Strong No', meaning: 'Do not hire; clear concerns' },
];

/** Fills what the guide did not state, saying so in the report. */
export function applyDefaults(kit: KitCollector, recognise: Recognise) {
  let ratingScale = kit.ratingScale;
  if (!ratingScale) {
    const offered = kit.takeOfferedScale();
    if (offered) {
      ratingScale = offered.points;
      recognise(offered.line, 'rating scale', `no rating scale stated: used the rubric table's ${scaleRange(ratingScale)} scale`);
    } else {
      ratingScale = DEFAULT_SCALE;
      recognise(0, 'default', 'no rating scale found: used the 1-5 default (5 Exceptional … 1 Poor)');
    }
  }
  // No bar is made up: a guide that states none gives a kit whose totals are shown without a verdict.
  const offerThreshold = kit.threshold;
  if (offerThreshold === undefined) recognise(0, 'default', 'no minimum total score found: the kit sets no offer threshold');
  const decisionOptions = kit.decisions ?? DEFAULT_DECISIONS;
  if (!kit.decisions) recognise(0, 'default', `no decision options found: used ${DEFAULT_DECISIONS.map((d) => d.label).join(' / ')}`);
  if (kit.categories.length === 0)
    recognise(0, 'default', 'no scoring matrix (Weight and Min Score columns) found: the kit has no categories');
  return { ratingScale, offerThreshold, decisionOptions };
}

function scaleRange(scale: KitInput['ratingScale']): string {
  const scores = scale.map((p) => p.score);
  return `${Math.min(...scores)}-${Math.max(...scores)}`;
}
