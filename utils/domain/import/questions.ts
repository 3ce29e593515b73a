import type { Blockquote, Code, List, ListItem, Paragraph } from 'mdast';
import type { CodeSample } from '../kit/schema';
import { questionNumberRest } from './headings';
import { classifyLabel, classifyPlainLabel, type LabelKind } from './labels';
export { listTexts } from './scales';
import { lineOf, type Usage } from './report';
import { collapse, inlineText, parseLabelLine, splitLines, splitList, splitQuestions, stripQuotes, unquote, type Line } from './text';

/** A question while it is being read; becomes a kit Question once its section is complete. */
export interface QuestionDraft {
  title?: string;
  prompt?: string;
  extraPrompts: string[];
  expectedPoints: string[];
  followUps: string[];
  code?: CodeSample;
  line: number;
  /**
   * Written as a question in its own right (bold title, nested bullets, "Q1.", a heading),
   * as opposed to a bare line in a list that may be one step of a larger exercise.
   */
  rich: boolean;
}

export function newQuestion(line: number, rich: boolean): QuestionDraft {
  return { extraPrompts: [], expectedPoints: [], followUps: [], line, rich };
}

export function codeSample(code: Code, caption?: string): CodeSample {
  return { language: code.lang?.trim() || 'text', source: code.value, ...(caption ? { caption } : {}) };
}

/** Adds a quoted or asked line as the prompt, or as a further prompt once there is one. */
export function addPrompt(q: QuestionDraft, text: string): void {
  if (!q.prompt) q.prompt = text;
  else q.extraPrompts.push(text);
}

/**
 * The first line of a question: "**Title**", "**Title**: prompt", "Q1. prompt",
 * "**Q2. Title**", a quoted line or plain text.
 */
export function readQuestionHead(q: QuestionDraft, line: Line): void {
  const lead = line.nodes.find((n) => !(n.type === 'text' && !/\S/.test(n.value)));
  if (lead && (lead.type === 'strong' || lead.type === 'emphasis')) {
    const bold = collapse(inlineText(lead.children)).replace(/:$/, '');
    const rest = collapse(inlineText(line.nodes.slice(line.nodes.indexOf(lead) + 1))).replace(/^[:–—-]\s*/, '');
    const title = questionNumberRest(bold) ?? bold;
    const quotedTitle = unquote(title);
    if (quotedTitle) addPrompt(q, quotedTitle);
    else if (title) q.title = title;
    if (rest) addPrompt(q, stripQuotes(rest));
    return;
  }
  const text = questionNumberRest(line.text) ?? line.text;
  if (text) addPrompt(q, stripQuotes(text));
}

/**
 * One line that belongs to a question: a quoted line (prompt), "Expected: a, b",
 * "Follow-ups: A? B?", or (when `plainIsPoint`) any other line as an expected point.
 * Returns the label kind it opened without inline text, so a nested list can fill it.
 */
export function applyQuestionLine(q: QuestionDraft, line: Line, plainIsPoint: boolean): { used: boolean; opens?: LabelKind } {
  const quoted = unquote(line.text);
  if (quoted) {
    addPrompt(q, quoted);
    return { used: true };
  }
  const label = parseLabelLine(line);
  const kind = label ? (label.emphasised ? classifyLabel(label.label) : classifyPlainLabel(label.label)) : null;
  if (label && (kind === 'points' || kind === 'criteria')) {
    if (!label.rest) return { used: true, opens: 'points' };
    q.expectedPoints.push(...splitList(label.rest));
    return { used: true };
  }
  if (label && kind === 'followUps') {
    if (!label.rest) return { used: true, opens: 'followUps' };
    q.followUps.push(...splitQuestions(label.rest));
    return { used: true };
  }
  if (!plainIsPoint) return { used: false };
  if (line.text.endsWith('?')) addPrompt(q, line.text);
  else q.expectedPoints.push(line.text);
  return { used: true };
}

/** Nested bullets under a question: prompts, labelled lines, plain points, code. */
export function applyBullets(q: QuestionDraft, list: List, usage: Usage, into?: LabelKind): void {
  usage.touch(list);
  for (const item of list.children) {
    usage.touch(item);
    let opens: LabelKind | undefined;
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        if (into === 'points' || into === 'followUps') {
          const text = collapse(inlineText(child.children)).replace(/\n/g, ' ');
          if (into === 'points') q.expectedPoints.push(text);
          else q.followUps.push(stripQuotes(text));
          usage.use(child);
          continue;
        }
        applyParagraph(q, child, usage, true, (kind) => (opens = kind));
      } else if (child.type === 'list') {
        applyBullets(q, child, usage, opens ?? into);
      } else if (child.type === 'code' && !q.code) {
        q.code = codeSample(child);
        usage.use(child);
      } else if (child.type === 'blockquote') {
        applyQuote(q, child, usage);
      }
    }
  }
}

/** Lines of a paragraph inside a question; lines it does not understand stay unused. */
export function applyParagraph(
  q: QuestionDraft,
  paragraph: Paragraph,
  usage: Usage,
  plainIsPoint: boolean,
  onOpen?: (kind: LabelKind) => void,
): boolean {
  const lines = splitLines(paragraph);
  let all = true;
  for (const line of lines) {
    const result = applyQuestionLine(q, line, plainIsPoint);
    if (result.opens) onOpen?.(result.opens);
    if (result.used) usage.useLine(paragraph, line.line);
    else all = false;
  }
  if (all) usage.use(paragraph);
  return lines.length > 0 && all;
}

export function applyQuote(q: QuestionDraft, quote: Blockquote, usage: Usage): void {
  usage.touch(quote);
  for (const child of quote.children) {
    if (child.type !== 'paragraph') continue;
    addPrompt(q, stripQuotes(collapse(inlineText(child.children)).replace(/\n/g, ' ')));
    usage.use(child);
  }
}

/** A list item as a question: its first line is the head, the rest fills it in. */
export function readListItemQuestion(item: ListItem, usage: Usage): QuestionDraft | null {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return null;
  const lines = splitLines(first);
  const head = lines[0];
  if (!head) return null;
  const q = newQuestion(lineOf(item), rest.length > 0 || lines.length > 1);
  readQuestionHead(q, head);
  if (q.title) q.rich = true;
  usage.touch(item);
  usage.useLine(first, head.line);
  let allLines = true;
  let opens: LabelKind | undefined;
  for (const line of lines.slice(1)) {
    const result = applyQuestionLine(q, line, false);
    if (result.opens) opens = result.opens;
    if (result.used) usage.useLine(first, line.line);
    else allLines = false;
  }
  if (allLines) usage.use(first);
  for (const child of rest) {
    if (child.type === 'list') applyBullets(q, child, usage, opens);
    else if (child.type === 'code' && !q.code) {
      q.code = codeSample(child);
      usage.use(child);
    } else if (child.type === 'paragraph') applyParagraph(q, child, usage, true, (kind) => (opens = kind));
    else if (child.type === 'blockquote') applyQuote(q, child, usage);
  }
  return q;
}
