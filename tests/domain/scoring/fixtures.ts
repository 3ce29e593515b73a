import type { Category, DecisionOption } from '../../../utils/domain/kit/schema';
import type { QuestionScore } from '../../../utils/domain/scoring';

/** A scoring matrix of four categories adding up to 100%. */
export const categories: Category[] = [
  { id: 'tech', name: 'Technical depth', weightPct: 40, minScore: 3, notes: '' },
  { id: 'comm', name: 'Communication', weightPct: 20, minScore: 2, notes: '' },
  { id: 'design', name: 'System design', weightPct: 30, minScore: 3, notes: '' },
  { id: 'culture', name: 'Collaboration', weightPct: 10, minScore: 2, notes: '' },
];

export const decisionOptions: DecisionOption[] = ['strong-yes', 'yes', 'maybe', 'no'].map((id) => ({
  id,
  label: id,
  meaning: '',
  nextStep: 'none',
}));

let counter = 0;
/** Question scores for one category: q('tech', 4, 5) is two questions scored 4 and 5. */
export const q = (categoryId: string, ...scores: (number | null)[]): QuestionScore[] =>
  scores.map((score) => ({ questionId: `q${++counter}`, categoryId, score }));
