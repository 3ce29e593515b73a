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
  | 'tasks'
  | 'materials'
  | 'areas'
  | 'duration'
  | 'agenda'
  | 'guidance'
  | 'mistakes'
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
  ['agenda', /\b(?:decision|debrief|hiring|calibration|wash-?up|panel) (?:meeting )?agenda\b|^debrief(?: meeting)?$|^decision meeting\b/],
  ['guidance', /\bcandidate experience\b|\bbest practices\b/],
  ['mistakes', /\bmistakes\b|\bdon'?ts\b|\bthings to avoid\b/],
  [
    'greenFlags',
    /\bgreen[- ]?flags?\b|\bpositive (?:signals?|indicators?|signs?)\b|\bgood signs?\b|\bstrong(?: hire)? signals?\b|\bhire signals?\b|\bgreen lights?\b|\bstrengths\b|\bsigns of a (?:strong|great|good)\b|\bbonus points?\b|\bwhat great looks like\b/,
  ],
  [
    'redFlags',
    /\bred[- ]?flags?\b|🚩|\bwarning signs?\b|\bnegative (?:signals?|indicators?|signs?)\b|\bbad signs?\b|\bweak signals?\b|\bno[- ]hire signals?\b|\bconcerns\b|\bdeal[- ]?breakers?\b|\byellow flags?\b|\bwatch(?: out)? for\b|\bsigns of a (?:weak|poor)\b|\bpitfalls\b|\bdisqualifiers?\b|\banti[- ]?patterns\b/,
  ],
  ['followUps', /\bfollow[- ]?ups?\b|\bfollow[- ]up questions\b|\bprob(?:es?|ing)\b|\bdig deeper\b/],
  ['criteria', /\b(?:evaluation|assessment|scoring|grading) criteria\b|^criteria$/],
  ['areas', /\bassessment areas\b|\bareas to assess\b/],
  [
    'points',
    /\bexpect(?:ed|ations?)?\b|\bwhat we expect\b|\blisten(?:ing)? for\b|\blook(?:ing)? for\b|\bevaluation points\b|\bevaluation areas\b|\bkey (?:points|concepts|ideas)\b|\b(?:good|strong|ideal|great) answers?\b|\bwhat good looks like\b|\bshould (?:mention|cover|include)\b|^signals$|\bsuccess criteria\b|\bindicators\b/,
  ],
  ['materials', /^provide\b|\bmaterials\b|\bhandouts?\b|\bresources\b|\bwhat to share\b/],
  ['briefing', /\brequirements?\b|\bcontext\b|\bbackground\b|\bset-?up\b|\bconstraints\b|\binstructions\b|\bbriefing\b|\bscript\b/],
  ['duration', /^(?:duration|length|time(?: allotted| box)?|timing|timebox|how long)$/],
  ['objectives', /\bobjectives?\b|\bgoals?\b|\bpurpose\b|\baims?\b/],
  ['format', /^format\b|\bparticipants\b|^(?:the )?interviewers?$|^attendees$|^(?:the )?panel$|^who\b/],
  ['stimulus', /^(?:the )?(?:challenge|scenario|problem|exercise|case(?: study)?|task|prompt|question)$/],
  ['tasks', /^(?:the )?tasks$|^steps for the candidate$/],
  [
    'questions',
    /\bquestions?\b|\btopics?\b|\bfocus areas\b|\bsteps\b|\bprompts\b|\bask\b|\bdiscussion points\b|\bareas to (?:cover|probe)\b/,
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
const PLAIN_KINDS = new Set<LabelKind>([
  'points',
  'followUps',
  'greenFlags',
  'redFlags',
  'proceed',
  'reject',
  'threshold',
  'duration',
  'objectives',
]);

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
  'areas',
  'duration',
]);
