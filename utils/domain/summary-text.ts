import type { Kit } from './kit/schema';
import type { Answer, Interview } from './interview/schema';
import { scoreInputFor, scoreInterview, formatScore } from './scoring';
import { formatClock } from './timer';

/**
 * Summaries to paste into Slack, an email or an ATS note field: one small document model written
 * out as clean Markdown (user text escaped, so a note cannot turn into markup) or as plain text
 * (no markup at all). Like the CSV exports these are files in words, not screens: they are
 * written in English whatever the browser's language, with scores as the CSV writes them.
 */

export type SummaryBlock =
  { kind: 'title'; text: string } | { kind: 'heading'; text: string } | { kind: 'line'; text: string } | { kind: 'list'; items: string[] };

export type SummaryFormat = 'markdown' | 'text';

/**
 * User text made inert in Markdown: the characters that make inline markup (emphasis, code, links,
 * HTML, tables, strikethrough) backslash-escaped, and a line break turned into a space. Text that
 * starts a line is escaped further by `escapeLineStart`.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .trim();
}

/** A line that would read as a heading, list item or quote ("# 1", "- x", "2. y", "> z") kept as text. */
const escapeLineStart = (line: string) => line.replace(/^([#>+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');

/** Write blocks whose texts are raw user/kit text; Markdown escapes every one. */
export function renderSummary(blocks: readonly SummaryBlock[], format: SummaryFormat): string {
  const md = format === 'markdown';
  const t = (text: string) => (md ? escapeMarkdown(text) : text.replace(/\s*\r?\n\s*/g, ' ').trim());
  const out: string[] = [];
  for (const block of blocks) {
    if (out.length > 0) out.push('');
    if (block.kind === 'title') out.push(md ? `# ${t(block.text)}` : t(block.text));
    else if (block.kind === 'heading') out.push(md ? `## ${t(block.text)}` : `${t(block.text)}:`);
    else if (block.kind === 'line') out.push(md ? escapeLineStart(t(block.text)) : t(block.text));
    else out.push(...block.items.map((item) => `- ${md ? escapeLineStart(t(item)) : t(item)}`));
  }
  return `${out.join('\n')}\n`;
}

/** "Sam: Yes" etc. for lists; empty reasons say so rather than leaving a dangling dash. */
export const withReason = (head: string, reason: string) => (reason.trim() ? `${head}: ${reason.trim()}` : head);

/** One scorecard as a summary: who, which round, the decision and reason, scores per category, flags, and the evidence notes. */
export function scorecardSummaryBlocks(kit: Kit, interview: Interview, candidateName: string, answers: readonly Answer[]): SummaryBlock[] {
  const round = kit.rounds.find((r) => r.id === interview.roundId);
  const score = scoreInterview(scoreInputFor(kit, interview, [...answers]));
  const decision = kit.decisionOptions.find((d) => d.id === interview.decisionId);
  const status = interview.status === 'submitted' ? 'submitted' : 'draft, not submitted';
  const bar =
    score.weightedTotal === null
      ? 'nothing scored yet'
      : kit.offerThreshold === undefined
        ? `weighted total ${formatScore(score.weightedTotal)}`
        : `weighted total ${formatScore(score.weightedTotal)} against a threshold of ${formatScore(kit.offerThreshold)}`;
  const failed = score.categories.filter((c) => c.belowMinimum).map((c) => c.name);
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const notes = (round?.sections ?? []).flatMap((s) =>
    s.questions.flatMap((q) => {
      const a = byQuestion.get(q.id);
      if (!a || (!a.notes.trim() && a.score === null)) return [];
      const head = `${q.title ?? q.prompt} (${a.notAsked ? 'not asked' : a.score === null ? 'not scored' : `${a.score}/5`})`;
      return [withReason(head, a.notes)];
    }),
  );
  const flags = (kind: 'red' | 'green') =>
    interview.flags.filter((f) => f.kind === kind).map((f) => `${f.text} (at ${formatClock(f.roundElapsedMs)})`);
  return [
    { kind: 'title', text: `Scorecard: ${candidateName}, ${round?.title ?? interview.roundId}` },
    { kind: 'line', text: `${interview.interviewer}, ${kit.title}; ${status}.` },
    {
      kind: 'line',
      text: decision
        ? `Decision: ${withReason(decision.label, interview.decisionReason)}`
        : `Decision: none yet${interview.decisionReason.trim() ? ` (${interview.decisionReason.trim()})` : ''}`,
    },
    { kind: 'line', text: `Score: ${bar}${failed.length ? `; below minimum: ${failed.join(', ')}` : ''}.` },
    { kind: 'heading', text: 'Scores by category' },
    { kind: 'list', items: score.categories.map((c) => `${c.name}: ${formatScore(c.score)}${c.belowMinimum ? ' (below minimum)' : ''}`) },
    ...(flags('red').length ? [{ kind: 'heading', text: 'Red flags' } as const, { kind: 'list', items: flags('red') } as const] : []),
    ...(flags('green').length ? [{ kind: 'heading', text: 'Green flags' } as const, { kind: 'list', items: flags('green') } as const] : []),
    ...(notes.length ? [{ kind: 'heading', text: 'Evidence' } as const, { kind: 'list', items: notes } as const] : []),
    ...(interview.overallNotes.trim()
      ? [{ kind: 'heading', text: 'Overall notes' } as const, { kind: 'line', text: interview.overallNotes } as const]
      : []),
  ];
}

export function scorecardSummary(
  kit: Kit,
  interview: Interview,
  candidateName: string,
  answers: readonly Answer[],
  format: SummaryFormat,
): string {
  return renderSummary(scorecardSummaryBlocks(kit, interview, candidateName, answers), format);
}
