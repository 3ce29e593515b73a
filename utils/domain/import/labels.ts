/*
 * What a label means. A label is a heading, a bold/italic lead-in ("**Green Flags:**"),
 * or a short paragraph ending in ":" that introduces the next block. The words are
 * matched loosely so guides written in other words still land in the right place.
 */

export type LabelKind =
  | 'proceed'
  | 'reject'
  | 'decisionCriteria'
  | 'threshold'
  | 'ratingScale'
  | 'decisions'
  | 'references'
  | 'bank'
  | 'rubric'
  | 'greenFlags'
  | 'redFlags'
  | 'followUps'
  | 'criteria'
  | 'points'
  | 'briefing'
  | 'objectives'
  | 'format'
  | 'stimulus'
  | 'questions';

const RULES: ReadonlyArray<readonly [LabelKind, RegExp]> = [
  ['proceed', /^(?:✅\s*)?(?:proceed|advance|pass|move (?:forward|on)|hire|continue|go)\b.*\bif\b/],
  ['reject', /^(?:❌\s*)?(?:reject|stop|fail|decline|no[- ]?hire|do not proceed|don't proceed|no[- ]go)\b.*\bif\b/],
  ['decisionCriteria', /\bdecision criteria\b|\bgo\s*\/\s*no[- ]?go\b|\bpass\s*\/\s*fail\b/],
  ['threshold', /\bminimum (?:total|overall|average|weighted)\b|\bthreshold\b|\bhiring bar\b|\bpass(?:ing)? mark\b|\boffer bar\b/],
  ['ratingScale', /\b(?:rating|scoring|score) scale\b|^scale\b/],
  [
    'decisions',
    /\bdecision options\b|^(?:final )?decisions?$|^(?:hiring |final )?recommendations?(?: options)?$|^verdicts?$|\bhir(?:e|ing) decision\b/,
  ],
  ['references', /\breference(?:s| check)/],
  ['bank', /\bquestion bank\b|^appendix\b|\b(?:additional|extra|bonus|backup|spare) questions\b/],
  ['rubric', /\brubric\b|\bscoring guide\b|\bhow to score\b|\bgrading\b/],
  ['greenFlags', /\bgreen flags?\b|\bpositive (?:signals|indicators)\b|\bstrengths\b/],
  ['redFlags', /\bred flags?\b|\bwarning signs\b|\bnegative (?:signals|indicators)\b|\bconcerns\b|\bdeal[- ]?breakers\b/],
  ['followUps', /\bfollow[- ]?ups?\b|\bfollow[- ]up questions\b|\bprob(?:es?|ing)\b|\bdig deeper\b/],
  ['criteria', /\b(?:evaluation|assessment|scoring|grading) criteria\b|^criteria$/],
  [
    'points',
    /\bexpected\b|\blisten(?:ing)? for\b|\blook(?:ing)? for\b|\bevaluation points\b|\b(?:assessment|evaluation) areas\b|\bkey points\b|\b(?:good|strong|ideal) answers?\b|\bwhat good looks like\b|\bshould mention\b/,
  ],
  [
    'briefing',
    /\brequirements?\b|\bcontext\b|^provide\b|\bbackground\b|\bset-?up\b|\bconstraints\b|\bmaterials\b|\binstructions\b|\bbriefing\b/,
  ],
  ['objectives', /\bobjectives?\b|\bgoals?\b|\bpurpose\b|\baims?\b/],
  ['format', /^format\b|\bparticipants\b|^(?:the )?interviewers?$|^attendees$|^(?:the )?panel$|^who\b/],
  ['stimulus', /^(?:the )?(?:challenge|scenario|problem|exercise|case(?: study)?|task|prompt|question)$/],
  [
    'questions',
    /\bquestions?\b|\btopics?\b|\bfocus areas\b|\btasks\b|\bsteps\b|\bprompts\b|\bask\b|\bdiscussion points\b|\bareas to (?:cover|probe)\b/,
  ],
];

export function classifyLabel(label: string): LabelKind | null {
  const text = label
    .toLowerCase()
    .replace(/[:*_]+$/g, '')
    .trim();
  for (const [kind, pattern] of RULES) if (pattern.test(text)) return kind;
  return null;
}

/** Kinds that may be written without bold ("Expected: a, b"); others need emphasis to count as labels. */
const PLAIN_KINDS = new Set<LabelKind>(['points', 'followUps', 'greenFlags', 'redFlags', 'proceed', 'reject', 'threshold']);

export function classifyPlainLabel(label: string): LabelKind | null {
  if (label.split(/\s+/).length > 5) return null;
  const kind = classifyLabel(label);
  return kind && PLAIN_KINDS.has(kind) ? kind : null;
}

/** Labels whose content belongs to the round as a whole, wherever they appear in it. */
export const ROUND_LEVEL = new Set<LabelKind>([
  'objectives',
  'format',
  'greenFlags',
  'redFlags',
  'rubric',
  'decisionCriteria',
  'proceed',
  'reject',
]);
