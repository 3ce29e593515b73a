import type { ListItem, Paragraph } from 'mdast';
import { applyInlineLabel, INLINE_WHAT, setDuration, type ReadContext, type SectionDraft } from './drafts';
import { findDuration, questionNumberRest } from './headings';
import { classifyLabel, classifyPlainLabel, type LabelKind } from './labels';
import { applyQuestionLine, newQuestion, readQuestionHead, type QuestionDraft } from './questions';
import { lineOf, type Usage } from './report';
import { collapse, inlineText, isNotesSpace, parseLabelLine, splitLines, stripQuotes, type Line } from './text';

/** Labels a list item may carry in place of a question. */
const ITEM_LABELS = new Set<LabelKind>([
  'objectives',
  'format',
  'duration',
  'materials',
  'briefing',
  'greenFlags',
  'redFlags',
  'proceed',
  'reject',
  'areas',
]);

/**
 * A paragraph that starts "Q1. …": the question and the lines that fill it in ("Expected: …");
 * a further "Q2 …" line starts the next question. Returns the last question, still open.
 */
export function readNumberedParagraph(p: Paragraph, lines: Line[], into: QuestionDraft[], usage: Usage): QuestionDraft {
  const first = lines[0]!;
  let open = newQuestion(first.line, true);
  readQuestionHead(open, first);
  into.push(open);
  usage.useLine(p, first.line);
  let all = true;
  for (const line of lines.slice(1)) {
    if (questionNumberRest(line.text) !== null) {
      // "Q1 …" / "Q2 …" on consecutive lines: each line is its own question.
      open = newQuestion(line.line, true);
      readQuestionHead(open, line);
      into.push(open);
      usage.useLine(p, line.line);
      continue;
    }
    const result = applyQuestionLine(open, line, false);
    // A plain line under a bare "Q1. Title" is what is asked.
    if (!result.used && !open.prompt && !parseLabelLine(line)) open.prompt = stripQuotes(line.text);
    else if (!result.used) {
      all = false;
      continue;
    }
    usage.useLine(p, line.line);
  }
  if (all) usage.use(p);
  return open;
}

/** "- Purpose: …", "- Duration: 45 min", "- Materials: …" in a list of questions: what the label says, not a question. */
export function readLabelledItem(item: ListItem, section: SectionDraft, ctx: ReadContext): boolean {
  const first = item.children[0];
  if (first?.type !== 'paragraph' || item.children.length > 1) return false;
  const lines = splitLines(first);
  const label = lines.length === 1 ? parseLabelLine(lines[0]!) : null;
  if (!label?.rest) return false;
  const kind = label.emphasised ? classifyLabel(label.label) : classifyPlainLabel(label.label);
  if (!kind || !ITEM_LABELS.has(kind)) return false;
  if (!applyInlineLabel(kind, label.rest, lines[0]!.line, section, undefined, ctx)) return false;
  ctx.usage.touch(item);
  ctx.usage.use(first);
  ctx.recognise(lines[0]!.line, INLINE_WHAT[kind] ?? kind, `"${label.label}: ${label.rest}"`);
  return true;
}

/**
 * A paragraph of prose in a section: room left for notes is recognised as such; a stated
 * duration is read; prose before the first question (or stating a duration) is the briefing.
 * Other prose after questions is left over.
 */
export function readProse(p: Paragraph, section: SectionDraft, ctx: ReadContext, current: QuestionDraft | undefined): void {
  const prose = collapse(inlineText(p.children)).replace(/\n/g, ' ');
  if (isNotesSpace(prose)) {
    ctx.recognise(lineOf(p), 'space for notes', prose);
    return ctx.usage.use(p);
  }
  const stated = findDuration(prose);
  if (stated) {
    setDuration(section, ctx.round, stated.duration);
    ctx.recognise(lineOf(p), 'duration', `"${stated.said}" in "${prose}"`);
  }
  if ((section.questions.length === 0 && !current) || stated) {
    section.briefing.push(prose);
    ctx.usage.use(p);
  }
}
