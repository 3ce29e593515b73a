import { parseKit } from '../kit/parse';
import type { KitInput } from '../kit/schema';
import type { ImportResult } from './markdown';
import { stripQuotes } from './text';

/**
 * One action on a left-over line of the import report: make it a question, or a note (shown
 * with the section's briefing in the panel), in the section the line sits in. A fix names the
 * line by its text, so it still applies after the guide is edited above it.
 */
export interface LeftOverFix {
  text: string;
  as: 'question' | 'note';
}

/** "- **Bring a laptop**" → "Bring a laptop": the words of a Markdown line without its markup. */
export function lineWords(text: string): string {
  return stripQuotes(
    text
      .trim()
      .replace(/^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)+/, '')
      .replace(/\*\*|__|`/g, '')
      .replace(/^[*_](.*)[*_]$/, '$1')
      .trim(),
  );
}

type SectionRef = { round: number; section: number };

/** The section a source line sits in: the last section that starts at or before it (sections are reported in document order). */
function sectionAt(result: ImportResult, kit: KitInput, line: number): SectionRef {
  const refs: SectionRef[] = kit.rounds.flatMap((r, round) => r.sections.map((_, section) => ({ round, section })));
  const starts = result.recognised.filter((r) => r.what === 'section').map((r) => r.line);
  if (starts.length !== refs.length) return refs[0]!;
  let at = refs[0]!;
  starts.forEach((start, i) => {
    if (start <= line) at = refs[i]!;
  });
  return at;
}

/** The import with the fixes applied: the kit gains the questions and notes, and their lines are no longer left over. */
export function applyFixes(result: ImportResult, fixes: readonly LeftOverFix[]): ImportResult {
  if (fixes.length === 0 || result.kit.rounds.length === 0) return result;
  const kit = structuredClone(result.kit);
  const lines = [...result.lines];
  const leftOver = [...result.leftOver];
  const recognised = [...result.recognised];
  let added = 0;
  for (const fix of fixes) {
    const index = leftOver.findIndex((item) => item.text.split('\n')[0]!.trim() === fix.text.trim());
    if (index < 0) continue;
    const item = leftOver.splice(index, 1)[0]!;
    const words = lineWords(item.text.split('\n')[0]!);
    const at = sectionAt(result, kit, item.line);
    const round = kit.rounds[at.round]!;
    const section = round.sections[at.section]!;
    if (fix.as === 'question') {
      const questions = (section.questions ??= []);
      const taken = new Set(kit.rounds.flatMap((r) => r.sections.flatMap((s) => (s.questions ?? []).map((q) => q.id))));
      let id = '';
      for (let n = questions.length + 1; !id || taken.has(id); n++) id = `${round.id}.${section.id}.q${n}`;
      questions.push({ id, prompt: words });
    } else (section.briefing ??= []).push(words);
    lines[item.line - 1] = 'used';
    recognised.push({ line: item.line, what: fix.as === 'question' ? 'question (added)' : 'note (added)', text: words });
    added++;
  }
  if (added === 0) return result;
  recognised.sort((a, b) => a.line - b.line);
  return { kit, parsed: parseKit(kit), recognised, leftOver, lines };
}
