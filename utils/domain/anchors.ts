import type { Criterion, Kit, Round } from './kit/schema';

/**
 * What each score means where the interviewer scores: a criterion's own anchors, else the
 * round's rubric bands ("Strong (4-5): …"), else the kit's rating scale, one band per point.
 */
export interface AnchorBand {
  label: string;
  minScore: number;
  maxScore: number;
  description: string;
}

export interface Anchors {
  source: 'criterion' | 'rubric' | 'scale';
  /** Highest scores first, as guides list them. */
  bands: AnchorBand[];
}

const highFirst = (bands: AnchorBand[]) => [...bands].sort((a, b) => b.maxScore - a.maxScore || b.minScore - a.minScore);

export function anchorsFor(kit: Pick<Kit, 'ratingScale'>, round: Pick<Round, 'rubric'>, criterion?: Pick<Criterion, 'anchors'>): Anchors {
  if (criterion?.anchors.length) return { source: 'criterion', bands: highFirst(criterion.anchors) };
  if (round.rubric.length) return { source: 'rubric', bands: highFirst(round.rubric) };
  return {
    source: 'scale',
    bands: highFirst(kit.ratingScale.map((p) => ({ label: p.label, minScore: p.score, maxScore: p.score, description: p.description }))),
  };
}

/** The band a score falls in, if any. */
export function bandOf(anchors: Anchors, score: number): AnchorBand | undefined {
  return anchors.bands.find((b) => score >= b.minScore && score <= b.maxScore);
}
