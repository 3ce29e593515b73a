import type { KitInput } from '../kit/schema';
import { splitHeading } from './headings';
import type { OutlineNode } from './outline';
import type { QuestionDraft } from './questions';
import { placeWeightedCriteria } from '../kit/criteria';
import { headingKind, newSection, sectionFromHeading, type ReadContext, type RoundDraft, type SectionDraft } from './drafts';
import { SectionReader } from './section';
import { afterLabel, IdAllocator, kebab, sectionIdFor } from './text';

type RoundInput = KitInput['rounds'][number];
type SectionInput = RoundInput['sections'][number];
type QuestionInput = NonNullable<SectionInput['questions']>[number];

export interface RoundResult {
  round: RoundInput;
  line: number;
  /** The round's note from its heading ("Submitted Before"), before any process overview adds to it. */
  headingNote?: string;
  /** N from "Round N" when the heading gives it. */
  statedNumber?: number;
}

export function newRoundDraft(): RoundDraft {
  return {
    objectives: [],
    format: [],
    greenFlags: [],
    redFlags: [],
    proceedIf: [],
    rejectIf: [],
    rubric: [],
    weightedCriteria: [],
    assessmentAreas: [],
  };
}

/**
 * A round heading and everything under it. Sub-headings that hold questions, an
 * exercise, a duration or a "Part X" label become sections; the others (objectives,
 * flags, rubric, "Team Assessment Areas") add to the round or to the section before them.
 */
export function readRound(
  node: OutlineNode,
  position: number,
  roundIds: IdAllocator,
  makeContext: (round: RoundDraft) => ReadContext,
): RoundResult {
  const parts = splitHeading(node.title);
  const draft = newRoundDraft();
  const ctx = makeContext(draft);
  ctx.usage.use(node.heading!);

  // Blocks straight under the round heading: intro prose, or questions without sections.
  const implicit = newSection('Questions', node.line);
  implicit.implicit = true;
  const implicitReader = new SectionReader(implicit, ctx);
  implicitReader.readBlocks(node.body, null);

  const sections: SectionDraft[] = [];
  const orphans = newSection('', node.line);
  for (const child of node.children) {
    if (/^(?:q|question)\s*\d/i.test(child.title) || /^["“]/.test(child.title)) {
      implicitReader.readChild(child);
      continue;
    }
    const section = sectionFromHeading(child);
    const used = new SectionReader(section, ctx).readOutline(child, headingKind(child.title));
    if (isSection(section)) {
      sections.push(section);
      ctx.usage.use(child.heading!);
    } else {
      if (used) ctx.usage.use(child.heading!);
      mergeInto(sections.at(-1) ?? orphans, section);
    }
  }
  if (isSection(implicit) || sections.length === 0) sections.unshift(implicit);
  else mergeInto(sections[0]!, implicit, true);
  mergeInto(sections[0]!, orphans, true);

  const title = parts.title || `Round ${parts.number ?? position}`;
  const id = roundIds.take(parts.id ?? kebab(title));
  const sectionIds = new IdAllocator('section');
  const { weightedCriteria, duration: stated, ...roundWide } = draft;
  const duration = parts.duration ?? stated ?? null;
  const round = placeWeightedCriteria(
    {
      id,
      number: parts.number ?? position,
      title,
      ...(duration?.minutes !== undefined ? { durationMin: duration.minutes } : {}),
      ...(duration?.note ? { durationNote: duration.note } : {}),
      ...nonEmpty(roundWide),
      sections: sections.map((s) => finishSection(s, id, sectionIds, ctx)),
    },
    weightedCriteria as unknown as Record<string, unknown>[],
  ) as RoundInput;
  const timing =
    round.durationMin !== undefined ? `${round.durationMin} min` : round.durationNote ? `untimed (${round.durationNote})` : 'no duration';
  ctx.recognise(node.line, 'round', `"${node.title}" → round ${round.number} "${id}", ${timing}`);
  return { round, line: node.line, headingNote: parts.duration?.note, statedNumber: parts.number };
}

function isSection(s: SectionDraft): boolean {
  return (
    s.questions.length > 0 ||
    s.stimulus !== undefined ||
    s.codes.length > 0 ||
    s.headingStimulus !== undefined ||
    s.durationMin !== undefined ||
    s.durationNote !== undefined ||
    s.partWord
  );
}

/** Carries what a non-section heading held (points, briefing, code) to the section it belongs with. */
function mergeInto(target: SectionDraft, from: SectionDraft, before = false): void {
  const join = <T>(a: T[], b: T[]) => (before ? [...b, ...a] : [...a, ...b]);
  target.briefing = join(target.briefing, from.briefing);
  target.points = join(target.points, from.points);
  target.followUps = join(target.followUps, from.followUps);
  target.codes = join(target.codes, from.codes);
  target.criteriaNames = join(target.criteriaNames, from.criteriaNames);
  target.materials = join(target.materials, from.materials);
  target.tasks = join(target.tasks, from.tasks);
}

function nonEmpty(draft: Omit<RoundDraft, 'weightedCriteria' | 'duration'>): Partial<RoundInput> {
  const out: Partial<RoundInput> = {};
  for (const [key, value] of Object.entries(draft)) if (value.length) Object.assign(out, { [key]: value });
  return out;
}

/**
 * Turns a section draft into the kit's section. A section whose only content is one
 * piece of work (code to review, a challenge, a scenario) and a list of asks becomes
 * ONE question: the stimulus or first ask is the prompt, the other asks its follow-ups.
 */
function finishSection(s: SectionDraft, roundId: string, ids: IdAllocator, ctx: ReadContext): SectionInput {
  const id = ids.take(s.explicitId ?? sectionIdFor(s.title));
  const exercise = s.questions.every((q) => !q.rich) && (s.stimulus !== undefined || s.codes.length > 0 || s.headingStimulus !== undefined);
  let questions: QuestionDraft[] = s.questions;
  const briefing = [...s.briefing];
  let evaluationPoints = s.points;
  const codes = [...s.codes];
  const looseFollowUps = s.followUps.flatMap((f) => f.values);

  if (exercise) {
    const asks = s.questions;
    const prompt = s.stimulus ?? asks[0]?.prompt ?? s.headingStimulus ?? afterLabel(s.title);
    const name = s.implicit ? '' : afterLabel(s.title);
    const rest = s.stimulus !== undefined ? asks : asks.slice(1);
    const first = codes.shift();
    const code = first?.sample ?? asks.find((a) => a.code)?.code;
    const exerciseQuestion: QuestionDraft = {
      ...(name && name !== prompt ? { title: name } : {}),
      prompt,
      extraPrompts: [],
      expectedPoints: [...(s.points.length ? s.points : s.criteriaNames), ...asks.flatMap((a) => a.expectedPoints)],
      followUps: [
        ...rest.flatMap((a) => [a.prompt ?? a.title ?? '', ...a.extraPrompts, ...a.followUps]).filter(Boolean),
        ...(s.stimulus === undefined ? (asks[0]?.extraPrompts ?? []) : []),
        ...looseFollowUps,
      ],
      ...(code ? { code } : {}),
      line: s.line,
      rich: true,
    };
    if (first) ctx.usage.use(first.node);
    for (const f of s.followUps) markFollowUpsUsed(ctx, f);
    questions = [exerciseQuestion];
    evaluationPoints = [];
  } else {
    if (s.stimulus) briefing.unshift(s.stimulus);
    // Section-wide follow-ups are only placed when there is one question to hang them on.
    const only = questions.length === 1 ? questions[0] : undefined;
    if (only) {
      only.followUps.push(...looseFollowUps);
      for (const f of s.followUps) markFollowUpsUsed(ctx, f);
    }
  }
  const sectionCode = codes.shift();
  if (sectionCode) ctx.usage.use(sectionCode.node);

  const finished = questions
    .filter((q) => q.prompt || q.title)
    .map((q, i): QuestionInput => finishQuestion(q, `${roundId}.${id}.q${i + 1}`));
  for (const q of finished) {
    const extras = [
      q.expectedPoints?.length ? `${q.expectedPoints.length} expected` : '',
      q.followUps?.length ? `${q.followUps.length} follow-ups` : '',
      q.extraPrompts?.length ? `${q.extraPrompts.length} more prompts` : '',
      q.code ? 'code' : '',
    ].filter(Boolean);
    const line = questions[finished.indexOf(q)]?.line ?? s.line;
    ctx.recognise(line, 'question', `${q.id}: ${q.prompt}${extras.length ? ` (${extras.join(', ')})` : ''}`);
  }
  const timing = s.durationMin !== undefined ? `, ${s.durationMin} min` : '';
  ctx.recognise(
    s.line,
    'section',
    `"${s.title}" → section "${id}"${timing}, ${finished.length} question${finished.length === 1 ? '' : 's'}`,
  );
  return {
    id,
    title: s.title,
    ...(s.durationMin !== undefined ? { durationMin: s.durationMin } : {}),
    ...(briefing.length ? { briefing } : {}),
    ...(s.materials.length ? { materials: s.materials } : {}),
    ...(s.tasks.length ? { tasks: s.tasks } : {}),
    ...(sectionCode ? { code: sectionCode.sample } : {}),
    questions: finished,
    ...(evaluationPoints.length ? { evaluationPoints } : {}),
  };
}

function markFollowUpsUsed(ctx: ReadContext, f: SectionDraft['followUps'][number]): void {
  ctx.usage.useItemHeads(f.list, true);
  ctx.usage.use(f.label);
}

function finishQuestion(q: QuestionDraft, id: string): QuestionInput {
  return {
    id,
    ...(q.title ? { title: q.title } : {}),
    prompt: q.prompt ?? q.title ?? '',
    ...(q.extraPrompts.length ? { extraPrompts: q.extraPrompts } : {}),
    ...(q.code ? { code: q.code } : {}),
    ...(q.expectedPoints.length ? { expectedPoints: q.expectedPoints } : {}),
    ...(q.followUps.length ? { followUps: q.followUps } : {}),
  };
}
