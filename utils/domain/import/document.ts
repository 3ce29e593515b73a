import type { Heading, Root } from 'mdast';
import type { KitInput } from '../kit/schema';
import { criterionId } from '../kit/criteria';
import { findDuration, parseDuration, splitHeading } from './headings';
import type { KitCollector } from './kit-level';
import type { ReportItem } from './report';
import type { FrontMatterField } from './source';
import { collapse, IdAllocator, inlineText, kebab } from './text';

type Recognise = (line: number, what: string, text: string) => void;
type RoundInput = KitInput['rounds'][number];

/**
 * Rich text pasted from a doc often marks its headings in bold instead ("**Round 1 – Phone
 * screen (30 minutes)**" on a line of its own). In a guide with no heading at all, such lines
 * are read as headings: the first one as the title unless it is a round, rounds a level below,
 * and other bold lines a level below those.
 */
export function promoteBoldLines(tree: Root): void {
  if (tree.children.some((block) => block.type === 'heading')) return;
  let first = true;
  tree.children.forEach((block, i) => {
    if (block.type !== 'paragraph') return;
    const parts = block.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    if (parts.length !== 1 || parts[0]!.type !== 'strong') return;
    const text = collapse(inlineText(parts[0]!.children));
    if (!text || text.length > 100 || text.includes('\n') || text.endsWith(':')) return;
    const heading = splitHeading(text);
    const round = heading.duration !== null || heading.roundWord;
    const depth = first && !round ? 1 : round ? 2 : 3;
    first = false;
    const promoted: Heading = { type: 'heading', depth, children: parts[0]!.children, position: block.position };
    tree.children[i] = promoted;
  });
}

const KEYS = {
  title: /^(?:title|name|kit)$/,
  role: /^(?:role|position|job|job[ _-]?title)$/,
  organisation: /^(?:company|organi[sz]ation|org|team|employer)$/,
  description: /^(?:description|summary|about|excerpt)$/,
  duration: /^(?:duration|length|time|timing)$/,
};

export interface FrontMatterUse {
  title?: string;
  role?: string;
  organisation?: string;
  description?: string;
  /** Front-matter lines that did not become part of the kit. */
  leftOver: ReportItem[];
  usedLines: number[];
}

/** Reads the front matter fields the kit has a place for; the rest (layout, permalink, tags) are reported as left over. */
export function readFrontMatter(fields: readonly FrontMatterField[], rounds: RoundInput[], recognise: Recognise): FrontMatterUse {
  const out: FrontMatterUse = { leftOver: [], usedLines: [] };
  for (const field of fields) {
    const value = Array.isArray(field.value) ? field.value.join(', ') : field.value;
    const kind = (Object.keys(KEYS) as Array<keyof typeof KEYS>).find((k) => KEYS[k].test(field.key));
    let used = false;
    if (kind === 'duration') {
      const duration = parseDuration(value) ?? findDuration(value)?.duration;
      const untimed = rounds.filter((r) => r.durationMin === undefined && !r.durationNote);
      if (duration && rounds.length === 1 && untimed.length === 1) {
        if (duration.minutes !== undefined) untimed[0]!.durationMin = duration.minutes;
        if (duration.note) untimed[0]!.durationNote = duration.note;
        used = true;
      }
    } else if (kind && value) {
      out[kind] = value;
      used = true;
    }
    if (used) {
      out.usedLines.push(...field.lines);
      recognise(field.line, 'front matter', `${field.key}: ${value}`);
    } else
      out.leftOver.push({
        line: field.line,
        what: 'front matter field',
        text: field.key ? `${field.key}: ${value}` : value,
      });
  }
  return out;
}

/**
 * A rubric or scorecard with no questions still gives a kit: one round whose questions are the
 * scored items, each with what its levels mean. Weights the table gives become categories (no
 * minimum: 1); none are made up.
 */
export function roundFromScoredItems(kit: KitCollector, title: string, recognise: Recognise): RoundInput | null {
  const items = kit.scoredItems;
  if (items.length === 0) return null;
  const ids = new IdAllocator('item');
  const weights = items.every((i) => i.weight !== undefined) ? items.map((i) => i.weight!) : null;
  const total = weights?.reduce((a, b) => a + b, 0) ?? 0;
  if (weights && kit.categories.length === 0) {
    kit.categories = items.map((item, i) => ({
      id: kebab(item.name) || `category-${i + 1}`,
      name: item.name,
      weightPct: Math.round((weights[i]! / total) * 10000) / 100,
      minScore: 1,
      notes: '',
    }));
    const drift = 100 - kit.categories.reduce((a, c) => a + c.weightPct, 0);
    kit.categories.at(-1)!.weightPct = Math.round((kit.categories.at(-1)!.weightPct + drift) * 100) / 100;
    recognise(
      items[0]!.line,
      'scoring matrix',
      `weights from the scorecard: ${kit.categories.map((c) => `${c.name} ${c.weightPct}%`).join(', ')}`,
    );
  }
  const round: RoundInput = {
    id: 'scorecard',
    number: 1,
    title: title || 'Scorecard',
    sections: [
      {
        id: 'scored-items',
        title: 'Scored items',
        questions: items.map((item) => {
          const id = ids.take(kebab(item.name));
          const category = kit.categories.find((c) => c.name === item.name);
          return {
            id: `scorecard.scored-items.${id}`,
            title: item.name,
            prompt: item.name,
            ...(category ? { categoryId: category.id } : {}),
            criteria: [
              {
                id: criterionId(item.name),
                name: item.name,
                weightPct: 100,
                anchors: item.levels.map((l) => ({
                  label: l.label,
                  minScore: l.minScore,
                  maxScore: l.maxScore,
                  description: l.description,
                })),
              },
            ],
          };
        }),
      },
    ],
    ...(kit.categories.length ? { categoryIds: kit.categories.map((c) => c.id) } : {}),
  };
  recognise(0, 'default', `no questions found: made one round "${round.title}" whose questions are the ${items.length} scored items`);
  return round;
}
