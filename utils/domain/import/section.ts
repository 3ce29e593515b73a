import type { Blockquote, Code, List, Paragraph, RootContent, Table } from 'mdast';
import { applyInlineLabel, headingKind, INLINE_WHAT, type ReadContext, type SectionDraft } from './drafts';
import { questionNumberRest } from './headings';
import { classifyLabel, classifyPlainLabel, type LabelKind } from './labels';
import type { OutlineNode } from './outline';
import {
  addPrompt,
  applyBullets,
  applyQuote,
  codeSample,
  listTexts,
  newQuestion,
  readListItemQuestion,
  type QuestionDraft,
} from './questions';
import { lineOf } from './report';
import { readLabelledItem, readNumberedParagraph, readProse } from './section-parts';
import { asRubric, parseLevelList, parseLevelTable, parseRubricTable, parseWeightedList, parseWordLevelList, type Level } from './scales';
import { collapse, isNotesSpace, isScript, parseLabelLine, splitLines, stripQuotes, unquote, type Line } from './text';

/** A label waiting for the block it introduces ("**Green Flags:**", "Provide context:"). */
interface Pending {
  kind: LabelKind | null;
  /** Bold/italic label with words the importer does not know: its block is left over. */
  unknown: boolean;
  text: string;
  paragraph: Paragraph;
}

/**
 * Reads the blocks of one section (and its sub-headings) into a SectionDraft,
 * sending round-wide content (objectives, flags, rubric, decision criteria) to
 * the round. A question started by a "Q1." paragraph, a quote or a question
 * heading stays open, so following "Expected:" lines and lists fill it in.
 */
export class SectionReader {
  private current: QuestionDraft | undefined;
  private pending: Pending | undefined;

  constructor(
    readonly section: SectionDraft,
    private readonly ctx: ReadContext,
  ) {}

  /** The heading's own body, then its sub-headings; returns whether anything was used. */
  readOutline(node: OutlineNode, kind: LabelKind | null): boolean {
    const before = this.ctx.usage.count;
    this.readBlocks(node.body, kind);
    for (const child of node.children) this.readChild(child);
    return this.ctx.usage.count > before;
  }

  readChild(child: OutlineNode): void {
    const usage = this.ctx.usage;
    const numbered = questionNumberRest(child.title);
    const quoted = unquote(child.title);
    if (numbered !== null || quoted) {
      const q = newQuestion(child.line, true);
      const text = quoted ?? numbered!;
      if (quoted || text.endsWith('?')) q.prompt = text;
      else q.title = text;
      this.section.questions.push(q);
      usage.use(child.heading!);
      this.current = q;
      this.readBlocks(child.body, null);
      for (const grandchild of child.children) this.readChild(grandchild);
      this.current = undefined;
      return;
    }
    this.current = undefined;
    if (this.readOutline(child, headingKind(child.title))) usage.use(child.heading!);
  }

  readBlocks(blocks: readonly RootContent[], kind: LabelKind | null): void {
    for (const block of blocks) {
      const pending = this.pending;
      this.pending = undefined;
      switch (block.type) {
        case 'paragraph':
          this.readParagraph(block);
          break;
        case 'list':
          this.readList(block, pending, kind);
          break;
        case 'code':
          this.readCode(block, pending);
          break;
        case 'blockquote':
          this.readQuote(block);
          break;
        case 'table':
          this.readTable(block, pending);
          break;
        default:
          break;
      }
    }
    this.pending = undefined;
  }

  private readParagraph(p: Paragraph): void {
    const usage = this.ctx.usage;
    const lines = splitLines(p);
    const first = lines[0];
    if (!first) return usage.use(p);
    // "Q1. ..." starts a question; the paragraph's other lines fill it in.
    if (questionNumberRest(first.text) !== null) {
      this.current = readNumberedParagraph(p, lines, this.section.questions, usage);
      return;
    }
    const quoted = lines.length === 1 ? unquote(first.text) : null;
    if (quoted && isScript(quoted)) {
      // A greeting or closing read out to the candidate is a script, not a question.
      this.section.briefing.push(first.text);
      this.ctx.recognise(first.line, 'script', first.text);
      return usage.use(p);
    }
    if (quoted) {
      if (this.current && !this.current.prompt) this.current.prompt = quoted;
      else {
        const q = newQuestion(first.line, false);
        q.prompt = quoted;
        this.section.questions.push(q);
        this.current = q;
      }
      return usage.use(p);
    }
    const lead = lines.length === 1 ? parseLabelLine(first) : null;
    // "Provide context:" or a bold line on its own ("**Red flags**") introduces the next block.
    if (lines.length === 1 && (first.text.endsWith(':') || (lead?.emphasised && !lead.rest))) {
      const label = lead;
      const text = (label?.label ?? first.text.slice(0, -1)).trim();
      const kind = classifyLabel(text);
      this.pending = { kind, unknown: !kind && !!label?.emphasised, text, paragraph: p };
      return;
    }
    this.readLines(p, lines);
  }

  /**
   * Lines such as "**Challenge**: ...", "✅ **Proceed if**: a, b" or, inside an open
   * question, "Expected: a, b" and quoted lines. A paragraph with none of these is
   * prose: briefing before the first question, left over after it.
   */
  private readLines(p: Paragraph, lines: Line[]): void {
    const usage = this.ctx.usage;
    const current = this.current;
    const entries = lines.map((line) => {
      const label = parseLabelLine(line);
      const kind = label ? (label.emphasised ? classifyLabel(label.label) : classifyPlainLabel(label.label)) : null;
      const quoted = current ? unquote(line.text) : null;
      return { line, label, kind, quoted };
    });
    if (entries.every((e) => !e.kind && !e.quoted)) return readProse(p, this.section, this.ctx, current);
    let all = true;
    for (let i = 0; i < entries.length; i++) {
      const { line, label, kind, quoted } = entries[i]!;
      if (quoted && current) {
        addPrompt(current, quoted);
        usage.useLine(p, line.line);
        continue;
      }
      if (!label?.rest || !kind) {
        all = false;
        continue;
      }
      // Soft-wrapped continuation lines belong to the label above them.
      const start = i;
      let rest = label.rest;
      while (i + 1 < entries.length && !entries[i + 1]!.label && !entries[i + 1]!.quoted) rest += ` ${entries[++i]!.line.text}`;
      if (applyInlineLabel(kind, rest, line.line, this.section, current, this.ctx)) {
        for (let j = start; j <= i; j++) usage.useLine(p, entries[j]!.line.line);
        if (kind !== 'threshold') this.ctx.recognise(line.line, INLINE_WHAT[kind] ?? kind, `"${label.label}: ${rest}"`);
      } else all = false;
    }
    if (all) usage.use(p);
  }

  private readList(list: List, pending: Pending | undefined, headingKind: LabelKind | null): void {
    const usage = this.ctx.usage;
    if (pending?.unknown) return; // an unknown bold label: the label and its list are left over
    const kind = pending ? pending.kind : headingKind;
    if (pending && !pending.kind && this.current) return; // "Something:" + list inside a question: unclear
    if (kind === 'followUps' && !this.current) {
      // Placed (and only then counted as used) once the section shows whether they have one question to go with.
      this.section.followUps.push({ values: listTexts(list).map(stripQuotes), list, label: pending?.paragraph });
      return;
    }
    const consumed = this.listByKind(list, kind, pending ? pending.text : '');
    if (consumed && pending) usage.use(pending.paragraph);
  }

  private listByKind(list: List, kind: LabelKind | null, label: string): boolean {
    const { usage, round, recognise } = this.ctx;
    const line = lineOf(list);
    const texts = () => listTexts(list);
    const take = (into: string[], what: string) => {
      const items = texts();
      into.push(...items);
      usage.useItemHeads(list, true);
      recognise(line, what, `${items.length} item${items.length === 1 ? '' : 's'}${label ? ` under "${label}"` : ''}`);
      return true;
    };
    switch (kind) {
      case 'points':
        if (this.current) return take(this.current.expectedPoints, 'expected points');
        return take(this.section.points, 'evaluation points');
      case 'followUps':
        this.current?.followUps.push(...texts().map(stripQuotes));
        usage.useItemHeads(list, true);
        return true;
      case 'briefing':
        return take(this.section.briefing, 'briefing');
      case 'materials':
        return take(this.section.materials, 'materials');
      case 'tasks':
        return take(this.section.tasks, 'tasks');
      case 'areas': {
        const before = round.assessmentAreas.length;
        const names: string[] = [];
        take(names, 'assessment areas');
        round.assessmentAreas.splice(before, 0, ...names.map((name) => ({ name, points: [] })));
        return true;
      }
      case 'objectives':
        return take(round.objectives, 'objectives');
      case 'format':
        return take(round.format, 'format');
      case 'greenFlags':
        return take(round.greenFlags, 'green flags');
      case 'redFlags':
        return take(round.redFlags, 'red flags');
      case 'proceed':
        return take(round.proceedIf, 'proceed if');
      case 'reject':
        return take(round.rejectIf, 'reject if');
      case 'rubric':
      case 'ratingScale': {
        const levels = parseLevelList(list) ?? parseWordLevelList(list);
        if (!levels) return false;
        return this.addRubric(levels, list, line);
      }
      case 'criteria': {
        const criteria = parseWeightedList(list);
        if (!criteria) return this.listByKind(list, 'points', label);
        round.weightedCriteria.push(...criteria);
        this.section.criteriaNames.push(...criteria.map((c) => c.name));
        usage.useItemHeads(list, true);
        recognise(line, 'evaluation criteria', criteria.map((c) => `${c.name} ${c.weightPct}%`).join(', '));
        return true;
      }
      case 'decisionCriteria':
        return this.readDecisionItems(list);
      case 'agenda':
      case 'guidance':
      case 'mistakes':
      case 'duration':
        return false; // kit-wide advice inside a round: not questions; left over for the person to place

      default: {
        // No label (or a questions-like one): content decides between criteria, a rubric and questions.
        const criteria = parseWeightedList(list);
        if (criteria) return this.listByKind(list, 'criteria', label);
        const levels = parseLevelList(list, true);
        if (levels) return this.addRubric(levels, list, line);
        if (this.current && !label && !list.ordered) {
          applyBullets(this.current, list, usage);
          return true;
        }
        this.current = undefined;
        usage.touch(list);
        for (const item of list.children) {
          if (readLabelledItem(item, this.section, this.ctx)) continue;
          const q = readListItemQuestion(item, usage);
          if (q) this.section.questions.push(q);
        }
        return true;
      }
    }
  }

  private addRubric(levels: Level[], node: List | Table, line: number): boolean {
    this.ctx.round.rubric.push(...asRubric(levels));
    if (node.type === 'list') this.ctx.usage.useItemHeads(node);
    else this.ctx.usage.use(node);
    this.ctx.recognise(line, 'rubric', levels.map((l) => `${l.label} (${l.minScore}-${l.maxScore})`).join(', '));
    return true;
  }

  private readDecisionItems(list: List): boolean {
    const usage = this.ctx.usage;
    usage.touch(list);
    for (const item of list.children) {
      const first = item.children[0];
      if (first?.type !== 'paragraph') continue;
      usage.touch(item);
      this.readLines(first, splitLines(first));
    }
    return true;
  }

  private readCode(code: Code, pending: Pending | undefined): void {
    if (isNotesSpace(code.value)) {
      // "[Your notes here]" in a box: room for notes, which the panel has; not a code sample.
      this.ctx.usage.use(code);
      if (pending && !pending.unknown) this.ctx.usage.use(pending.paragraph);
      this.ctx.recognise(lineOf(code), 'space for notes', collapse(code.value));
      return;
    }
    const caption = pending && !pending.unknown ? pending.text : undefined;
    if (caption) this.ctx.usage.use(pending!.paragraph);
    const sample = codeSample(code, caption);
    if (this.current && !this.current.code) {
      this.current.code = sample;
      this.ctx.usage.use(code);
    } else this.section.codes.push({ sample, node: code });
  }

  private readQuote(quote: Blockquote): void {
    if (this.current && !this.current.prompt) return applyQuote(this.current, quote, this.ctx.usage);
    const q = newQuestion(lineOf(quote), false);
    applyQuote(q, quote, this.ctx.usage);
    if (!q.prompt) return;
    this.section.questions.push(q);
    this.current = q;
  }

  private readTable(table: Table, pending: Pending | undefined): void {
    if (this.ctx.kitTable(table)) return;
    const levels = parseRubricTable(table) ?? parseLevelTable(table)?.levels ?? null;
    if (!levels || pending?.unknown) return;
    if (pending) this.ctx.usage.use(pending.paragraph);
    this.addRubric(levels, table, lineOf(table));
    this.ctx.offerScale(levels, lineOf(table));
  }
}
