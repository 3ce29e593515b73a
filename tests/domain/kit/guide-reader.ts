import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A deliberately plain, line-based reading of the repo's copy of the guide,
 * used only to check the built-in kit against it. It is independent of the
 * Markdown importer so the two cannot share a mistake.
 */

export const GUIDE_PATH = fileURLToPath(new URL('../../../docs/guides/middleware-architect-interview-guide.md', import.meta.url));

export interface FencedBlock {
  language: string;
  /** The block's lines with the fence's own indentation removed, joined by "\n". */
  source: string;
}

export interface GuideChapter {
  /** The `## ` heading, e.g. "Round 4: Technical Deep Dive (90 minutes)". */
  heading: string;
  /** Lines outside fenced code blocks. */
  lines: string[];
  blocks: FencedBlock[];
}

export function readGuide(): string {
  return readFileSync(GUIDE_PATH, 'utf8');
}

export function splitChapters(markdown: string): GuideChapter[] {
  const chapters: GuideChapter[] = [];
  let current: GuideChapter = { heading: '', lines: [], blocks: [] };
  let fence: { indent: number; language: string; body: string[] } | null = null;
  for (const line of markdown.split('\n')) {
    const fenceMatch = /^(\s*)```(\w*)\s*$/.exec(line);
    if (fence) {
      if (fenceMatch) {
        current.blocks.push({ language: fence.language, source: fence.body.join('\n') });
        fence = null;
      } else {
        fence.body.push(line.slice(Math.min(fence.indent, leadingSpaces(line))));
      }
      continue;
    }
    if (fenceMatch) {
      fence = { indent: fenceMatch[1]!.length, language: fenceMatch[2] ?? '', body: [] };
      continue;
    }
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      current = { heading: heading[1]!.trim(), lines: [], blocks: [] };
      chapters.push(current);
    } else {
      current.lines.push(line);
    }
  }
  return chapters;
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}

const QUOTED_ITEM = /^\s*(?:[-*]|\d+\.)\s+"(.+)"\s*$/;
const QUOTED_LEAD = /^\*\*(?:Challenge|Scenario)\*\*:\s*"(.+)"\s*$/;

/** Every line that is a quoted question: `- "..."`, `1. "..."`, `**Challenge**: "..."`. */
export function quotedQuestions(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const match = QUOTED_ITEM.exec(line) ?? QUOTED_LEAD.exec(line);
    return match ? [match[1]!] : [];
  });
}

/** Numbered items of plain text (team-fit topics, deep-dive tasks). */
export function numberedTopics(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const match = /^\s*\d+\.\s+([^"*\s].*?)\s*$/.exec(line);
    return match ? [match[1]!] : [];
  });
}

/** Numbered bold titles standing alone: `1. **ORM Optimization**`. */
export function numberedTitles(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const match = /^\s*\d+\.\s+\*\*(.+?)\*\*\s*$/.exec(line);
    return match ? [match[1]!] : [];
  });
}

/** The comma-separated items of `- Listen for: ...` / `- Expected: ...` lines. */
export function listenForItems(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const match = /^\s*-\s+(?:Listen for|Expected):\s*(.+?)\s*$/.exec(line);
    return match ? match[1]!.split(',').map((item) => item.trim()) : [];
  });
}

/** The questions of `- Follow-ups: A? B? C?` lines, each keeping its "?". */
export function followUpItems(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const match = /^\s*-\s+Follow-ups:\s*(.+?)\s*$/.exec(line);
    return match ? (match[1]!.match(/[^?]+\?/g) ?? []).map((item) => item.trim()) : [];
  });
}

/**
 * Every other bullet (objectives, format, flags, briefing, rubric, criteria points,
 * logistics): its text with a leading `**Label**: ` removed.
 */
export function plainBullets(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const match = /^\s*-\s+(.+?)\s*$/.exec(line);
    if (!match || QUOTED_ITEM.test(line) || /^(?:Listen for|Expected|Follow-ups):/.test(match[1]!)) return [];
    return [match[1]!.replace(/^\*\*[^*]+\*\*:\s*/, '')];
  });
}

/** `✅ **Proceed if**: a, b, c` → ['a', 'b', 'c']. */
export function decisionCriteria(lines: string[], label: 'Proceed if' | 'Reject if'): string[] {
  const line = lines.find((l) => l.includes(`**${label}**:`));
  if (!line) return [];
  return line
    .split(`**${label}**:`)[1]!
    .split(',')
    .map((item) => item.trim());
}

/** The lines under one `### ` heading of a chapter. */
export function subsection(chapter: GuideChapter, title: string): string[] {
  const start = chapter.lines.findIndex((line) => line.trim() === `### ${title}`);
  if (start < 0) throw new Error(`no "### ${title}" under "${chapter.heading}"`);
  const rest = chapter.lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('### '));
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The items of a list introduced by a bold label line (`**Tasks:**`, `Provide context:`,
 * `**Requirements:**`), bullets or numbers, up to the first blank line after them.
 */
export function labelledList(lines: string[], label: string): string[] {
  const start = lines.findIndex((line) => {
    const text = line.trim();
    return text === `**${label}:**` || text === `**${label}**:` || text === `${label}:`;
  });
  if (start < 0) throw new Error(`no "${label}:" list`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^\s*(?:[-*]|\d+\.)\s+(.+?)\s*$/.exec(line);
    if (match) items.push(match[1]!);
    else if (items.length > 0 || line.trim() !== '') break;
  }
  return items;
}

/** `- **Strong (4-5)**: text` → { label, minScore, maxScore, description }. */
export function rubricBands(lines: string[]): { label: string; minScore: number; maxScore: number; description: string }[] {
  return lines.flatMap((line) => {
    const match = /^\s*-\s+\*\*(.+?) \((\d)(?:-(\d))?\)\*\*:\s*(.+?)\s*$/.exec(line);
    if (!match) return [];
    const min = Number(match[2]);
    return [{ label: match[1]!, minScore: min, maxScore: match[3] ? Number(match[3]) : min, description: match[4]! }];
  });
}

/** `❌ Asking trivia questions` lines, without the mark. */
export function crossedItems(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const match = /^\s*❌\s+(.+?)\s*$/.exec(line);
    return match ? [match[1]!] : [];
  });
}
