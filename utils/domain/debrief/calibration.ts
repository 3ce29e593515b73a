import { personKey } from './combine';

/**
 * Calibration: how each interviewer tends to score against the rest of the panel, from past
 * debriefs. For every past debrief and every category an interviewer scored together with at
 * least one colleague, their offset is their score minus the colleagues' mean; their offset for
 * that debrief is the mean over those categories. Across debriefs: the typical offset (mean) and
 * its spread (standard deviation). Quiet context for the by-category discussion, never a
 * correction of anyone's score; nothing is said about someone seen in fewer than
 * MIN_CALIBRATION_DEBRIEFS debriefs.
 */

export interface CalibrationPanel {
  /** Identifies the debrief (a candidate with a kit); one panel counts once. */
  key: string;
  cards: { interviewer: string; categoryScores: Record<string, number | null> }[];
}

export interface Calibration {
  interviewer: string;
  /** Mean of the per-debrief offsets: + scores above the rest of the panel, − below. */
  offset: number;
  /** Standard deviation of the per-debrief offsets. */
  spread: number;
  /** Past debriefs the figures rest on. */
  debriefs: number;
}

export const MIN_CALIBRATION_DEBRIEFS = 5;

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const usable = (score: number | null | undefined): score is number => typeof score === 'number' && Number.isFinite(score);

/** One person's category scores in one debrief: the mean of their cards when they ran several rounds. */
function personScores(cards: CalibrationPanel['cards']): Map<string, { name: string; scores: Map<string, number> }> {
  const sums = new Map<string, { name: string; sums: Map<string, number[]> }>();
  for (const card of cards) {
    const key = personKey(card.interviewer);
    const entry = sums.get(key) ?? { name: card.interviewer.trim(), sums: new Map() };
    for (const [category, score] of Object.entries(card.categoryScores))
      if (usable(score)) entry.sums.set(category, [...(entry.sums.get(category) ?? []), score]);
    sums.set(key, entry);
  }
  return new Map([...sums].map(([key, e]) => [key, { name: e.name, scores: new Map([...e.sums].map(([c, s]) => [c, mean(s)])) }]));
}

/** Each person's offset in one debrief, for those who shared at least one category with a colleague. */
function offsetsIn(panel: CalibrationPanel): Map<string, { name: string; offset: number }> {
  const people = personScores(panel.cards);
  const out = new Map<string, { name: string; offset: number }>();
  for (const [key, person] of people) {
    const offsets: number[] = [];
    for (const [category, score] of person.scores) {
      const others = [...people].filter(([k]) => k !== key).flatMap(([, p]) => (p.scores.has(category) ? [p.scores.get(category)!] : []));
      if (others.length > 0) offsets.push(score - mean(others));
    }
    if (offsets.length > 0) out.set(key, { name: person.name, offset: mean(offsets) });
  }
  return out;
}

/** Every interviewer's calibration over `panels` (each counted once by key), including those under the minimum count. */
export function calibrate(panels: readonly CalibrationPanel[]): Map<string, Calibration> {
  const seen = new Set<string>();
  const byPerson = new Map<string, { name: string; offsets: number[] }>();
  for (const panel of panels) {
    if (seen.has(panel.key)) continue;
    seen.add(panel.key);
    for (const [key, { name, offset }] of offsetsIn(panel)) {
      const entry = byPerson.get(key) ?? { name, offsets: [] };
      entry.name = name;
      entry.offsets.push(offset);
      byPerson.set(key, entry);
    }
  }
  return new Map(
    [...byPerson].map(([key, { name, offsets }]) => {
      const m = mean(offsets);
      const spread = Math.sqrt(mean(offsets.map((o) => (o - m) ** 2)));
      return [key, { interviewer: name, offset: m, spread, debriefs: offsets.length }];
    }),
  );
}

/** The calibration worth showing for these interviewers: only those seen in enough past debriefs. */
export function calibrationFor(
  panels: readonly CalibrationPanel[],
  interviewers: readonly string[],
  minimum = MIN_CALIBRATION_DEBRIEFS,
): Calibration[] {
  const all = calibrate(panels);
  return [...new Set(interviewers.map(personKey))].flatMap((key) => {
    const found = all.get(key);
    return found && found.debriefs >= minimum ? [found] : [];
  });
}
