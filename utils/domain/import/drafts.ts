import type { Code, List, Paragraph, Table } from 'mdast';
import type { CodeSample, RubricLevel } from '../kit/schema';
import { findDuration, isPartHeading, parseDuration, splitHeading, type Duration } from './headings';
import { classifyLabel, type LabelKind } from './labels';
import type { OutlineNode } from './outline';
import type { QuestionDraft } from './questions';
import type { Usage } from './report';
import type { Criterion, Level } from './scales';
import { afterLabel, splitList, splitQuestions, stripQuotes } from './text';

/* What the readers collect while they walk a round, before it becomes kit data. */

/** Round-wide content found anywhere inside a round. */
export interface RoundDraft {
  objectives: string[];
  format: string[];
  greenFlags: string[];
  redFlags: string[];
  proceedIf: string[];
  rejectIf: string[];
  rubric: RubricLevel[];
  /** Weighted "Evaluation Criteria": placed on the round's exercise or kept as assessment areas when the round is done. */
  weightedCriteria: Criterion[];
  /** "Team Assessment Areas": shown beside the round, not scored on their own. */
  assessmentAreas: Array<{ name: string; points: string[] }>;
  /** A duration stated in the round's prose ("This round lasts about 45 minutes."), used when its heading gives none. */
  duration?: { minutes?: number; note?: string };
}

export interface SectionDraft {
  title: string;
  /** Made up for blocks straight under a round heading, not written as a heading. */
  implicit?: boolean;
  /** From a `{#id}` at the end of the heading. */
  explicitId?: string;
  line: number;
  durationMin?: number;
  durationNote?: string;
  /** Written as "Part A" / "Section 2": a section even when it holds nothing readable. */
  partWord: boolean;
  /** "Challenge: Design X" headings: "Design X" is the exercise when nothing else states it. */
  headingStimulus?: string;
  briefing: string[];
  questions: QuestionDraft[];
  points: string[];
  /** Follow-ups written for the section rather than one question; placed when the section is complete. */
  followUps: Array<{ values: string[]; list: List; label?: Paragraph }>;
  codes: Array<{ sample: CodeSample; node: Code }>;
  stimulus?: string;
  criteriaNames: string[];
  /** "Provide:" / "Provide context:" / "Materials:" lists. */
  materials: string[];
  /** "Tasks:" lists: what the candidate is asked to do, in order. */
  tasks: string[];
}

/** What the readers share: usage tracking, the round being read and the kit-wide collector. */
export interface ReadContext {
  usage: Usage;
  round: RoundDraft;
  recognise: (line: number, what: string, text: string) => void;
  /** Tables and threshold lines are kit-wide wherever they appear. */
  kitTable: (table: Table) => boolean;
  kitThreshold: (text: string, line: number) => boolean;
  /** A rubric table read inside a round, offered as the kit's rating scale when the guide has none. */
  offerScale: (levels: Level[], line: number) => void;
}

export function newSection(title: string, line: number): SectionDraft {
  return {
    title,
    line,
    partWord: false,
    briefing: [],
    questions: [],
    points: [],
    followUps: [],
    codes: [],
    criteriaNames: [],
    materials: [],
    tasks: [],
  };
}

export function sectionFromHeading(node: OutlineNode): SectionDraft {
  const parts = splitHeading(node.title);
  const draft = newSection(parts.title, node.line);
  draft.explicitId = parts.id;
  draft.durationMin = parts.duration?.minutes;
  draft.durationNote = parts.duration?.note;
  draft.partWord = isPartHeading(parts.title);
  const label = /^([^:]{1,30}):/.exec(parts.title)?.[1];
  if (label && classifyLabel(label) === 'stimulus') draft.headingStimulus = afterLabel(parts.title);
  return draft;
}

/** Kinds a heading inside a round may carry that change how its lists are read. */
const HEADING_KINDS = new Set<LabelKind>([
  'objectives',
  'format',
  'greenFlags',
  'redFlags',
  'rubric',
  'decisionCriteria',
  'proceed',
  'reject',
  'points',
  'criteria',
  'followUps',
  'briefing',
  'ratingScale',
  'materials',
  'tasks',
  'areas',
]);

/** How an inline labelled line is named in the report. */
export const INLINE_WHAT: Partial<Record<LabelKind, string>> = {
  points: 'expected points',
  criteria: 'expected points',
  followUps: 'follow-ups',
  proceed: 'proceed if',
  reject: 'reject if',
  greenFlags: 'green flags',
  redFlags: 'red flags',
  stimulus: 'exercise prompt',
  materials: 'materials',
  tasks: 'tasks',
  areas: 'assessment areas',
  objectives: 'objectives',
  format: 'format',
  briefing: 'briefing',
  duration: 'duration',
};

export function headingKind(title: string): LabelKind | null {
  const kind = classifyLabel(splitHeading(title).title);
  return kind && HEADING_KINDS.has(kind) ? kind : null;
}

/**
 * A labelled line with its text inline ("**Red flags:** a, b", "Expected: x, y"):
 * adds the text where the label says. `current` is the question still open, if any.
 */
export function applyInlineLabel(
  kind: LabelKind,
  rest: string,
  line: number,
  section: SectionDraft,
  current: QuestionDraft | undefined,
  ctx: ReadContext,
): boolean {
  const round = ctx.round;
  const target = current;
  switch (kind) {
    case 'points':
    case 'criteria':
      (target ? target.expectedPoints : section.points).push(...splitList(rest));
      return true;
    case 'followUps':
      if (target) target.followUps.push(...splitQuestions(rest));
      else return false;
      return true;
    case 'proceed':
      round.proceedIf.push(...splitList(rest));
      return true;
    case 'reject':
      round.rejectIf.push(...splitList(rest));
      return true;
    case 'greenFlags':
      round.greenFlags.push(...splitList(rest));
      return true;
    case 'redFlags':
      round.redFlags.push(...splitList(rest));
      return true;
    case 'objectives':
      round.objectives.push(...splitList(rest));
      return true;
    case 'format':
      round.format.push(...splitList(rest));
      return true;
    case 'stimulus':
      if (section.stimulus) section.briefing.push(stripQuotes(rest));
      else section.stimulus = stripQuotes(rest);
      return true;
    case 'briefing':
      section.briefing.push(stripQuotes(rest));
      return true;
    case 'materials':
      section.materials.push(...splitList(rest));
      return true;
    case 'tasks':
      section.tasks.push(...splitList(rest));
      return true;
    case 'areas':
      round.assessmentAreas.push(...splitList(rest).map((name) => ({ name, points: [] })));
      return true;
    case 'duration': {
      const duration = parseDuration(rest) ?? findDuration(rest)?.duration;
      if (!duration) return false;
      setDuration(section, round, duration);
      return true;
    }
    case 'threshold':
      return ctx.kitThreshold(rest, line);
    default:
      return false;
  }
}

/** A duration read from prose: the section's when it is a written section, else the round's; never over one the heading gave. */
export function setDuration(section: SectionDraft, round: RoundDraft, duration: Duration): void {
  if (!section.implicit) {
    if (section.durationMin === undefined && section.durationNote === undefined) {
      section.durationMin = duration.minutes;
      section.durationNote = duration.note;
    }
  } else round.duration ??= duration;
}
