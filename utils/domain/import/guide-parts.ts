import type { List, Paragraph, RootContent, Table } from 'mdast';
import { nextStepFromMeaning } from '../kit/criteria';
import type { KitInput } from '../kit/schema';
import { findDuration, splitHeading } from './headings';
import type { OutlineNode } from './outline';
import { lineOf, type Usage } from './report';
import { itemText, listTexts, tableCells } from './scales';
import { IdAllocator, kebab, splitLines } from './text';

/*
 * The parts of a guide around the interviews: the debrief (decision meeting) agenda, advice for
 * interviewers (candidate experience before / during / after, common mistakes) and decision
 * matrices written as tables.
 */

type Recognise = (line: number, what: string, text: string) => void;
type Agenda = NonNullable<KitInput['debriefAgenda']>;
type Step = NonNullable<Agenda['steps']>[number];
type Guidance = NonNullable<KitInput['guidance']>;
type DecisionOption = KitInput['decisionOptions'][number];

/** The step kind its words name: "Round-robin initial impressions" → impressions. */
export function stepKind(title: string): NonNullable<Step['kind']> {
  const t = title.toLowerCase();
  if (/impression|round[- ]robin|first take|gut/.test(t)) return 'impressions';
  if (/categor|scor(?:e|es|ing)|rating|competenc/.test(t)) return 'by-category';
  if (/concern|red flag|risk|weakness|gap/.test(t)) return 'concerns';
  if (/strength|highlight|green flag|positive/.test(t)) return 'strengths';
  if (/vote|decision|decide|verdict|recommend/.test(t)) return 'vote';
  return 'free';
}

/** Lines of a paragraph or the items of a list, with ❌ / ✅ / • decoration taken off. */
function entries(block: RootContent, usage: Usage): string[] {
  const clean = (text: string) => text.replace(/^[^\p{L}\p{N}"“'(]+/u, '').trim();
  if (block.type === 'list') {
    usage.useItemHeads(block, true);
    return listTexts(block).map(clean).filter(Boolean);
  }
  if (block.type === 'paragraph') {
    usage.use(block);
    return splitLines(block as Paragraph)
      .map((l) => clean(l.text))
      .filter(Boolean);
  }
  return [];
}

function readSteps(list: List, usage: Usage, ids: IdAllocator): Step[] {
  const steps: Step[] = [];
  usage.touch(list);
  for (const item of list.children) {
    const text = itemText(item);
    const stated = findDuration(text);
    if (!stated?.duration.minutes) continue;
    const title =
      splitHeading(text.replace(/\*+/g, '')).title.replace(/\s*[:–—-]\s*$/, '') ||
      text.replace(stated.said, '').replace(/[()]/g, '').trim();
    const kind = stepKind(title);
    steps.push({ id: ids.take(kind === 'free' ? kebab(title) : kind), title, kind, durationMin: stated.duration.minutes });
    usage.touch(item);
    const first = item.children[0];
    if (first?.type === 'paragraph') usage.use(first);
  }
  return steps;
}

/** "Decision Meeting Agenda": its Format list and its timed steps; other sub-headings (Decision Options) are read as usual. */
export function readAgenda(node: OutlineNode, usage: Usage, recognise: Recognise, visit: (child: OutlineNode) => void): Agenda {
  const agenda: Required<Agenda> = { format: [], steps: [] };
  const ids = new IdAllocator('step');
  const readBody = (blocks: readonly RootContent[], formatOnly: boolean) => {
    for (const block of blocks) {
      if (block.type !== 'list') continue;
      const steps = formatOnly ? [] : readSteps(block, usage, ids);
      if (steps.length) {
        agenda.steps.push(...steps);
        recognise(lineOf(block), 'debrief agenda', steps.map((s) => `${s.title} (${s.durationMin} min, ${s.kind})`).join(', '));
      } else if (formatOnly || !block.ordered) {
        agenda.format.push(...entries(block, usage));
        recognise(lineOf(block), 'debrief format', `${listTexts(block).length} items`);
      }
    }
  };
  readBody(node.body, false);
  for (const child of node.children) {
    const before = usage.count;
    if (/^(?:format|how|logistics|setup)\b/i.test(child.title)) readBody(child.body, true);
    else if (/\b(?:agenda|steps|running order|schedule)\b/i.test(child.title)) readBody(child.body, false);
    else {
      visit(child);
      continue;
    }
    if (usage.count > before) usage.use(child.heading!);
  }
  return agenda;
}

/** "Candidate Experience Best Practices": Before / During / After sub-headings. */
export function readGuidance(node: OutlineNode, usage: Usage, recognise: Recognise, into: Guidance): void {
  for (const child of node.children) {
    const when = /\bbefore\b/i.test(child.title)
      ? 'before'
      : /\b(?:during|on the day|in the interview)\b/i.test(child.title)
        ? 'during'
        : /\bafter\b|follow[- ]up/i.test(child.title)
          ? 'after'
          : null;
    if (!when) continue;
    const items = child.body.flatMap((b) => entries(b, usage));
    if (!items.length) continue;
    (into[when] ??= []).push(...items);
    usage.use(child.heading!);
    recognise(child.line, 'guidance', `${when} the interview: ${items.length} items`);
  }
}

/** "Common Mistakes to Avoid": one group per sub-heading (or the heading's own list). */
export function readMistakes(node: OutlineNode, usage: Usage, recognise: Recognise, into: Guidance): void {
  const groups = [{ title: node.title, blocks: node.body, heading: null as OutlineNode | null }].concat(
    node.children.map((c) => ({ title: c.title, blocks: c.body, heading: c })),
  );
  for (const group of groups) {
    const items = group.blocks.flatMap((b) => entries(b, usage));
    if (!items.length) continue;
    (into.mistakes ??= []).push({ title: group.title, items });
    if (group.heading) usage.use(group.heading.heading!);
    recognise(group.heading?.line ?? node.line, 'common mistakes', `"${group.title}": ${items.length} items`);
  }
}

/** A table with a Decision / Outcome / Recommendation column: one option per row, the other cells its meaning. */
export function readDecisionTable(table: Table): { options: DecisionOption[]; threshold?: number } | null {
  const [header, ...rows] = tableCells(table);
  if (!header || rows.length < 2) return null;
  const col = header.findIndex((h) => /\b(?:decision|outcome|recommendation|verdict|result|call)\b/i.test(h));
  if (col < 0 || header.length < 2) return null;
  const ids = new IdAllocator('decision');
  const options = rows
    .filter((r) => r[col])
    .map((r) => {
      const meaning = r.filter((_, i) => i !== col && r[i]).join('; ');
      return { id: ids.take(kebab(r[col]!)), label: r[col]!, meaning, nextStep: nextStepFromMeaning(`${r[col]} ${meaning}`) };
    });
  // The lowest score a positive outcome asks for is the bar ("Hire | average of 3 or more").
  const bars = options
    .filter((o) => /\b(?:hire|yes|offer|advance|proceed|pass)\b/i.test(o.label) && !/\b(?:no|not|reject|decline)\b/i.test(o.label))
    .map((o) => /(?:≥|>=|at least|above)\s*(\d(?:[.,]\d+)?)|(\d(?:[.,]\d+)?)\s*(?:or (?:more|above|higher|better)|\+)/i.exec(o.meaning))
    .map((m) => (m ? Number((m[1] ?? m[2])!.replace(',', '.')) : NaN))
    .filter((n) => n >= 1 && n <= 5);
  return { options, ...(bars.length ? { threshold: Math.min(...bars) } : {}) };
}
