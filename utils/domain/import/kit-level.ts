import type { Code, List, Paragraph, RootContent, Table } from 'mdast';
import type { KitInput } from '../kit/schema';
import { nextStepFromMeaning } from '../kit/criteria';
import { readAgenda, readDecisionTable, readGuidance, readMistakes } from './guide-parts';
import { parseDuration, questionNumberRest, splitHeading } from './headings';
import { classifyLabel, type LabelKind } from './labels';
import type { OutlineNode } from './outline';
import { lineOf, type Usage } from './report';
import {
  itemText,
  parseLevelList,
  parseLevelTable,
  parseMatrixTable,
  parseRubricTable,
  parseWordLevelList,
  type Level,
  type ScoredRow,
} from './scales';
import { collapse, inlineText, kebab, parseLabelLine, splitLines, stripQuotes, unquote, IdAllocator } from './text';

type RatingPoint = KitInput['ratingScale'][number];
type Category = NonNullable<KitInput['categories']>[number];
type DecisionOption = KitInput['decisionOptions'][number];
type Group = { title: string; questions: string[] };

/** "N. Name (duration)" entries of a process overview, by round number. */
export interface Overview {
  entries: Map<number, { name: string; duration: string }>;
  node: Code | List;
}

type Recognise = (line: number, what: string, text: string) => void;

/**
 * Kit-wide content: rating scale, scoring matrix, offer threshold, decision options,
 * reference checks, question bank and a process overview. Reads the parts of the
 * guide that are outside every round.
 */
export class KitCollector {
  ratingScale: RatingPoint[] | undefined;
  private offeredScale: { points: RatingPoint[]; line: number } | undefined;
  categories: Category[] = [];
  threshold: number | undefined;
  decisions: DecisionOption[] | undefined;
  referenceChecks: Group[] = [];
  questionBank: Group[] = [];
  overviews: Overview[] = [];
  agenda: NonNullable<KitInput['debriefAgenda']> = { format: [], steps: [] };
  guidance: NonNullable<KitInput['guidance']> = {};
  /** Scored items of a rubric or scorecard with no questions: a heading with levels, or a table row. */
  scoredItems: Array<ScoredRow & { line: number }> = [];
  private heading = '';
  private readonly categoryIds = new IdAllocator('category');

  constructor(
    private readonly usage: Usage,
    private readonly recognise: Recognise,
  ) {}

  /** A heading outside the rounds: its body, then its sub-headings through `visit`. */
  readNode(node: OutlineNode, visit: (child: OutlineNode) => void): void {
    const before = this.usage.count;
    const kind = classifyLabel(node.title);
    if (kind === 'references' || kind === 'bank') {
      this.readGroups(node, kind === 'references' ? this.referenceChecks : this.questionBank, kind);
    } else if (kind === 'agenda') {
      const agenda = readAgenda(node, this.usage, this.recognise, visit);
      this.agenda.format!.push(...(agenda.format ?? []));
      this.agenda.steps!.push(...(agenda.steps ?? []));
    } else if (kind === 'guidance') {
      readGuidance(node, this.usage, this.recognise, this.guidance);
    } else if (kind === 'mistakes') {
      readMistakes(node, this.usage, this.recognise, this.guidance);
    } else {
      this.heading = node.title;
      this.readBlocks(node.body, kind);
      this.heading = '';
      for (const child of node.children) visit(child);
    }
    if (this.usage.count > before) this.usage.use(node.heading!);
  }

  readBlocks(blocks: readonly RootContent[], headingKind: LabelKind | null): void {
    let pending: { kind: LabelKind | null; paragraph: Paragraph } | undefined;
    for (const block of blocks) {
      const label = pending;
      pending = undefined;
      if (block.type === 'paragraph') {
        const lines = splitLines(block);
        if (lines.length === 1 && lines[0]!.text.endsWith(':')) {
          pending = { kind: classifyLabel(parseLabelLine(lines[0]!)?.label ?? lines[0]!.text.slice(0, -1)), paragraph: block };
          continue;
        }
        this.readLines(block);
      } else if (block.type === 'list') {
        if (this.readList(block, label?.kind ?? headingKind) && label) this.usage.use(label.paragraph);
      } else if (block.type === 'table') {
        const read = this.readMatrix(block) || this.readScaleTable(block) || this.readDecisionTable(block) || this.readLevelTable(block);
        if (read && label) this.usage.use(label.paragraph);
      } else if (block.type === 'code') {
        this.readOverview(block, collapse(block.value).replace(/\n/g, ' '));
      }
    }
  }

  /** "**Minimum Total Score for Offer**: 3.5/5.0" and similar lines. */
  private readLines(p: Paragraph): void {
    const lines = splitLines(p);
    let all = lines.length > 0;
    for (const line of lines) {
      const label = parseLabelLine(line);
      if (label && classifyLabel(label.label) === 'threshold' && this.readThreshold(label.rest, line.line))
        this.usage.useLine(p, line.line);
      else all = false;
    }
    if (all) this.usage.use(p);
  }

  readThreshold(text: string, line: number): boolean {
    const value = Number(/\d+(?:[.,]\d+)?/.exec(text)?.[0]?.replace(',', '.'));
    if (!(value >= 1 && value <= 5)) return false;
    this.threshold = value;
    this.recognise(line, 'offer threshold', String(value));
    return true;
  }

  private readList(list: List, kind: LabelKind | null): boolean {
    if (kind === 'decisions') return this.readDecisions(list);
    if (kind === 'ratingScale' || kind === 'rubric' || kind === null) {
      const levels = parseLevelList(list, kind === null);
      const points = levels && asRatingScale(levels);
      if (points && !this.ratingScale) {
        this.ratingScale = points;
        this.usage.useItemHeads(list);
        this.recognise(lineOf(list), 'rating scale', points.map((p) => `${p.score} ${p.label}`).join(', '));
        return true;
      }
    }
    const levels = kind === null || kind === 'rubric' ? parseWordLevelList(list) : null;
    if (levels && this.heading) {
      // "## Collaboration" over "- Junior: … / - Mid: … / - Senior: …": one scored item and what each level means.
      this.scoredItems.push({ name: splitHeading(this.heading).title, levels, line: lineOf(list) });
      this.usage.useItemHeads(list);
      this.recognise(
        lineOf(list),
        'scored item',
        `"${this.heading}": ${levels.map((l) => `${l.label} (${l.minScore}-${l.maxScore})`).join(', ')}`,
      );
      return true;
    }
    if (kind === null)
      return this.readOverview(list, list.children.map((item, i) => `${(list.start ?? 1) + i}. ${itemText(item)}`).join(' '));
    return false;
  }

  /** A decision matrix: one option per row; a bar it states for a positive outcome is the offer threshold. */
  private readDecisionTable(table: Table): boolean {
    const read = readDecisionTable(table);
    if (!read || this.decisions) return false;
    this.decisions = read.options;
    this.usage.use(table);
    this.recognise(lineOf(table), 'decision options', `from a decision matrix: ${read.options.map((o) => o.label).join(', ')}`);
    if (read.threshold !== undefined && this.threshold === undefined) {
      this.threshold = read.threshold;
      this.recognise(lineOf(table), 'offer threshold', `${read.threshold}, from the decision matrix`);
    }
    return true;
  }

  /** Criteria × named levels outside any round (a scorecard): each row is a scored item; weights become categories. */
  private readLevelTable(table: Table): boolean {
    const read = parseLevelTable(table);
    if (!read || read.rows.length === 0) return false;
    this.scoredItems.push(...read.rows.map((row) => ({ ...row, line: lineOf(table) })));
    this.usage.use(table);
    this.recognise(
      lineOf(table),
      'scored items',
      `${read.rows.length} from a scorecard table, levels ${read.levels.map((l) => `${l.label} (${l.minScore}-${l.maxScore})`).join(', ')}`,
    );
    return true;
  }

  private readDecisions(list: List): boolean {
    const ids = new IdAllocator('decision');
    const options: DecisionOption[] = [];
    for (const item of list.children) {
      const first = item.children[0];
      const lines = first?.type === 'paragraph' ? splitLines(first) : [];
      const line = lines[0];
      if (!line) continue;
      const label = parseLabelLine(line);
      const [name, meaning] = label?.emphasised
        ? [label.label, label.rest]
        : (/^(.+?)\s*(?::|\s[–—-])\s*(.*)$/.exec(line.text)?.slice(1) ?? [line.text, '']);
      const more = lines.slice(1).map((l) => l.text);
      const said = [meaning ?? '', ...more].join(' ').trim();
      options.push({ id: ids.take(kebab(name!)), label: name!.trim(), meaning: said, nextStep: nextStepFromMeaning(said) });
    }
    if (!options.length) return false;
    this.decisions = options;
    this.usage.useItemHeads(list);
    this.recognise(lineOf(list), 'decision options', options.map((o) => o.label).join(', '));
    return true;
  }

  /** A table with Weight and Min Score columns, anywhere in the guide. */
  readMatrix(table: Table): boolean {
    const matrix = parseMatrixTable(table);
    if (!matrix || matrix.rows.length === 0) return false;
    this.usage.touch(table);
    this.usage.use(table.children[0]);
    for (const row of matrix.rows) {
      this.categories.push({
        id: this.categoryIds.take(row.id),
        name: row.name,
        weightPct: row.weightPct,
        minScore: row.minScore,
        notes: row.notes,
      });
      this.usage.use(table.children[row.rowIndex]);
    }
    this.recognise(lineOf(table), 'scoring matrix', matrix.rows.map((r) => `${r.name} ${r.weightPct}% min ${r.minScore}`).join(', '));
    return true;
  }

  private readScaleTable(table: Table): boolean {
    const levels = parseRubricTable(table);
    const points = levels && asRatingScale(levels);
    if (!points || this.ratingScale) return false;
    this.ratingScale = points;
    this.usage.use(table);
    this.recognise(lineOf(table), 'rating scale', `from a table: ${points.map((p) => `${p.score} ${p.label}`).join(', ')}`);
    return true;
  }

  /** A rubric table inside a round; becomes the kit's scale only if the guide states none. */
  offerScale(levels: Level[], line: number): void {
    const points = asRatingScale(levels);
    if (points && !this.offeredScale) this.offeredScale = { points, line };
  }

  takeOfferedScale(): { points: RatingPoint[]; line: number } | undefined {
    return this.ratingScale ? undefined : this.offeredScale;
  }

  /** "1. Recruiter Screen (30 min) → 2. Phone Screen (45 min)": remembered, used only to fill round durations. */
  private readOverview(node: Code | List, text: string): boolean {
    const entries: Overview['entries'] = new Map();
    for (const m of text.matchAll(/(\d+)\.\s*([^()→\n]+?)\s*\(([^()]+)\)/g)) {
      if (parseDuration(m[3]!)) entries.set(Number(m[1]), { name: m[2]!.trim(), duration: m[3]!.trim() });
    }
    if (entries.size >= 2) this.overviews.push({ entries, node });
    return false;
  }

  /** Reference checks / question bank: one group per sub-heading, plus the heading's own list. */
  private readGroups(node: OutlineNode, into: Group[], kind: 'references' | 'bank'): void {
    const what = kind === 'references' ? 'reference checks' : 'question bank';
    const own = this.groupQuestions(node.body);
    if (own.length) into.push({ title: node.title, questions: own });
    for (const child of node.children) {
      const before = this.usage.count;
      const questions = this.groupQuestions(child.body);
      if (questions.length) {
        into.push({ title: child.title, questions });
        this.recognise(child.line, what, `"${child.title}": ${questions.length} question${questions.length === 1 ? '' : 's'}`);
      }
      this.readGroups({ ...child, body: [], title: child.title }, into, kind);
      if (this.usage.count > before) this.usage.use(child.heading!);
    }
  }

  private groupQuestions(blocks: readonly RootContent[]): string[] {
    const out: string[] = [];
    for (const block of blocks) {
      if (block.type === 'list') {
        for (const item of block.children) {
          const text = itemText(item);
          if (text) out.push(stripQuotes(questionNumberRest(text) ?? text));
        }
        this.usage.useItemHeads(block);
      } else if (block.type === 'paragraph') {
        // One question per line: "Q1 …" / "Q2 …" may share a paragraph.
        const lines = splitLines(block);
        const asked = lines.map((line) => questionNumberRest(line.text) ?? unquote(line.text));
        if (asked.every((a) => a !== null) && asked.length) {
          out.push(...asked.map((a) => stripQuotes(a!)));
          this.usage.use(block);
        }
      } else if (block.type === 'blockquote') {
        this.usage.touch(block);
        for (const child of block.children) {
          if (child.type !== 'paragraph') continue;
          out.push(stripQuotes(collapse(inlineText(child.children)).replace(/\n/g, ' ')));
          this.usage.use(child);
        }
      }
    }
    return out;
  }
}

/** Levels usable as the kit's scale: one score each, no score twice. */
function asRatingScale(levels: Level[]): RatingPoint[] | null {
  const seen = new Set<number>();
  for (const l of levels) {
    if (l.minScore !== l.maxScore || seen.has(l.minScore)) return null;
    seen.add(l.minScore);
  }
  return levels.map((l) => ({ score: l.minScore, label: l.label, description: l.description }));
}
