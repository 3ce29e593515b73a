/**
 * Where a round's weighted criteria belong. A guide often lists "Evaluation Criteria" with weights
 * under a round that has one exercise (Round 5's design challenge): those weights score that
 * exercise, one 1-5 per criterion. When a round has several scored questions, or the weights do
 * not total 100%, the list stays beside the round as assessment areas, shown but not scored.
 * Works on unvalidated kit input (migrations and the importer both use it).
 */
type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** A criterion id from its name: "Service Design" → "service-design". */
export function criterionId(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'criterion'
  );
}

/** The round with `weighted` placed: on its one scored question, or as `assessmentAreas`. */
export function placeWeightedCriteria(round: Loose, weighted: readonly Loose[]): Loose {
  if (weighted.length === 0) return round;
  const scored = records(round.sections).flatMap((section) => records(section.questions).filter((q) => q.scored !== false));
  const total = weighted.reduce((sum, c) => sum + (typeof c.weightPct === 'number' ? c.weightPct : NaN), 0);
  const target = scored.length === 1 && !records(scored[0]!.criteria).length ? scored[0]! : undefined;
  if (!target || !(Math.abs(total - 100) < 0.01)) return { ...round, assessmentAreas: [...records(round.assessmentAreas), ...weighted] };
  const taken = new Set<string>();
  const criteria = weighted.map((c) => {
    const base = criterionId(String(c.name ?? ''));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { id, ...c };
  });
  return {
    ...round,
    sections: records(round.sections).map((section) => ({
      ...section,
      // The criteria's names, listed again as points to listen for, would show twice.
      questions: records(section.questions).map((q) => (q === target ? { ...q, criteria, expectedPoints: pointsBesides(q, criteria) } : q)),
    })),
  };
}

function pointsBesides(question: Loose, criteria: readonly Loose[]): unknown[] {
  const names = new Set(
    criteria.map((c) =>
      String(c.name ?? '')
        .trim()
        .toLowerCase(),
    ),
  );
  const points = Array.isArray(question.expectedPoints) ? question.expectedPoints : [];
  return points.filter((p) => typeof p !== 'string' || !names.has(p.trim().toLowerCase()));
}

/** What a decision's stated consequence sets in motion, read from its words ("Make offer after reference checks"). */
export function nextStepFromMeaning(meaning: string): 'offer' | 'reference-checks' | 'more-interviews' | 'reject' | 'none' {
  const text = meaning.toLowerCase();
  if (/\breferences?\b/.test(text)) return 'reference-checks';
  if (/\b(reject|decline|do not hire|don't hire|no hire)\b/.test(text)) return 'reject';
  if (/\b(additional|another|more|follow-up)\b.*\b(interview|discussion|round)s?\b/.test(text)) return 'more-interviews';
  if (/\boffer\b/.test(text)) return 'offer';
  return 'none';
}

/** Which referee a reference-check group is for, from its title ("Technical Reference"). */
export function referenceKindFromTitle(title: string): 'technical' | 'leadership' | 'other' {
  if (/technical|engineering|peer/i.test(title)) return 'technical';
  if (/leader|manager|management/i.test(title)) return 'leadership';
  return 'other';
}
