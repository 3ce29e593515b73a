import type { List, ListItem, Table } from 'mdast';
import type { RubricLevel } from '../kit/schema';
import { splitExplicitId } from './headings';
import { collapse, inlineText, kebab } from './text';

/*
 * Score-shaped content: rating scale lines ("5 - Exceptional: ..."), rubric
 * lines ("Strong (4-5): ..."), rubric tables (rows or columns per score),
 * the scoring matrix table and weighted criteria ("Service Design (20%)").
 */

export interface Level {
  label: string;
  minScore: number;
  maxScore: number;
  description: string;
}

const score = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const inScale = (n: number | undefined) => n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5;

/** Text of a list item's first paragraph, on one line. */
export function itemText(item: ListItem): string {
  const first = item.children[0];
  return first?.type === 'paragraph' ? collapse(inlineText(first.children)).replace(/\n/g, ' ') : '';
}

/**
 * One level written on one line:
 *   "5 - Exceptional: Exceeds all requirements"   "4: Strong — meets the bar"
 *   "Strong (4-5): Specific examples"             "Weak (1-2) - vague answers"
 */
/** Item texts of a list, nested items flattened after their parent. */
export function listTexts(list: List): string[] {
  const out: string[] = [];
  for (const item of list.children) {
    const text = itemText(item);
    if (text) out.push(text);
    for (const child of item.children) if (child.type === 'list') out.push(...listTexts(child));
  }
  return out;
}

export function parseLevelLine(text: string, needsDescription = false): Level | null {
  const scoreFirst =
    /^(\d)(?:\s*[-–—]\s*(\d))?\s*[-–—:.)=]\s*([^:]{1,40}?)\s*:\s*(.+)$/s.exec(text) ??
    /^(\d)(?:\s*[-–—]\s*(\d))?\s*[:.)=]\s*(.{1,40}?)\s+[-–—]\s+(.+)$/s.exec(text) ??
    (needsDescription ? null : /^(\d)(?:\s*[-–—]\s*(\d))?\s*[-–—:.)=]\s*(\S.{0,39})$/s.exec(text));
  if (scoreFirst) {
    const [, a, b, label, description] = scoreFirst;
    return level(label!, score(a), score(b), description ?? label!);
  }
  const labelFirst = /^(.{1,40}?)\s*[([](\d)(?:\s*[-–—]\s*(\d))?[)\]]\s*(?:[:–—-]\s*(.+))?$/s.exec(text);
  if (labelFirst && (labelFirst[4] || !needsDescription)) {
    const [, label, a, b, description] = labelFirst;
    return level(label!, score(a), score(b), description ?? label!);
  }
  return null;
}

function level(label: string, a: number | undefined, b: number | undefined, description: string): Level | null {
  const lo = a;
  const hi = b ?? a;
  if (!inScale(lo) || !inScale(hi)) return null;
  return { label: label.trim(), minScore: Math.min(lo!, hi!), maxScore: Math.max(lo!, hi!), description: description.trim() };
}

/**
 * Every item of the list is a level; null otherwise. Without a label saying so
 * (`needsDescription`), each level must also carry a description, so an ordinary
 * list such as "2-3 senior engineers" is never mistaken for a scale.
 */
export function parseLevelList(list: List, needsDescription = false): Level[] | null {
  const levels: Level[] = [];
  for (const item of list.children) {
    const parsed = parseLevelLine(itemText(item), needsDescription);
    if (!parsed) return null;
    levels.push(parsed);
  }
  return levels.length >= 2 ? levels : null;
}

export function tableCells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => collapse(inlineText(cell.children)).replace(/\n/g, ' ')));
}

const leadingScore = (text: string) => {
  const m = /^(\d)(?:\s*[-–—]\s*(\d))?\b/.exec(text.trim()) ?? /[([](\d)(?:\s*[-–—]\s*(\d))?[)\]]\s*$/.exec(text.trim());
  return m ? { lo: Number(m[1]), hi: Number(m[2] ?? m[1]) } : null;
};

/** "4 - Strong" / "Strong (4)" → "Strong"; "4" → "". */
function stripScore(text: string): string {
  return text
    .replace(/^\d(?:\s*[-–—]\s*\d)?\s*[-–—:.)=]?\s*/, '')
    .replace(/\s*[([]\d(?:\s*[-–—]\s*\d)?[)\]]\s*$/, '')
    .trim();
}

/**
 * A rubric table, either one row per score (a Score column plus label and description)
 * or one column per score (criteria down the side, "1".."4" across the top).
 */
export function parseRubricTable(table: Table): Level[] | null {
  const [header, ...rows] = tableCells(table);
  if (!header || rows.length === 0) return null;
  const scoreCol = header.findIndex(
    (h, col) => /score|rating|points|level|grade/i.test(h) && rows.every((r) => leadingScore(r[col] ?? '')),
  );
  if (scoreCol >= 0) {
    const labelCol = header.findIndex((h, col) => col !== scoreCol && /label|name|level|rating|meaning/i.test(h));
    const levels: Level[] = [];
    for (const row of rows) {
      const s = leadingScore(row[scoreCol]!)!;
      const others = row.filter((cell, col) => col !== scoreCol && col !== labelCol && cell);
      const inScoreCell = stripScore(row[scoreCol]!);
      let label: string;
      let description: string[];
      if (labelCol >= 0) [label, description] = [row[labelCol] ?? '', others];
      else if (inScoreCell) [label, description] = [inScoreCell, others];
      else if (others.length >= 2) [label, description] = [others[0]!, others.slice(1)];
      else [label, description] = [s.lo === s.hi ? String(s.lo) : `${s.lo}-${s.hi}`, others];
      const parsed = level(label || String(s.lo), s.lo, s.hi, description.join(' — ') || label);
      if (!parsed) return null;
      levels.push(parsed);
    }
    return levels.length >= 2 ? levels : null;
  }
  const scoreCols = header.map((h, col) => (col > 0 ? leadingScore(h) : null));
  if (scoreCols.filter(Boolean).length < 2) return null;
  const levels: Level[] = [];
  header.forEach((h, col) => {
    const s = scoreCols[col];
    if (!s) return;
    const name = stripScore(h);
    const description = rows
      .filter((r) => r[col])
      .map((r) => (r[0] ? `${r[0]}: ${r[col]}` : r[col]!))
      .join('; ');
    const parsed = level(name || h, s.lo, s.hi, description || name || h);
    if (parsed) levels.push(parsed);
  });
  return levels.length >= 2 ? levels : null;
}

export function asRubric(levels: Level[]): RubricLevel[] {
  return levels.map((l) => ({ label: l.label, minScore: l.minScore, maxScore: l.maxScore, description: l.description }));
}

export interface MatrixRow {
  id: string;
  name: string;
  weightPct: number;
  minScore: number;
  notes: string;
  rowIndex: number;
}

/** A table with Weight and Min(imum) Score columns → categories; null when the columns are missing. */
export function parseMatrixTable(table: Table): { rows: MatrixRow[]; rejected: number[] } | null {
  const [header, ...rows] = tableCells(table);
  if (!header) return null;
  const weightCol = header.findIndex((h) => /weight/i.test(h));
  const minCol = header.findIndex((h) => /\bmin(?:imum)?\b|\bbar\b/i.test(h));
  if (weightCol < 0 || minCol < 0) return null;
  const nameCol = Math.max(
    0,
    header.findIndex((h) => /categor|competenc|area|dimension|skill|criteri/i.test(h)),
  );
  const notesCol = header.findIndex((h, col) => col !== nameCol && col !== weightCol && col !== minCol);
  const parsed = rows.map((row, i) => ({
    ...splitExplicitId(row[nameCol] ?? ''),
    weight: Number.parseFloat((row[weightCol] ?? '').replace(',', '.')),
    min: Number.parseFloat((row[minCol] ?? '').replace(',', '.')),
    notes: notesCol >= 0 ? (row[notesCol] ?? '') : '',
    rowIndex: i + 1,
  }));
  // Weights written as fractions (0.2) become percentages.
  const fractions = parsed.every((r) => Number.isNaN(r.weight) || r.weight <= 1);
  const out: MatrixRow[] = [];
  const rejected: number[] = [];
  for (const r of parsed) {
    if (!r.text || Number.isNaN(r.weight) || Number.isNaN(r.min)) rejected.push(r.rowIndex);
    else
      out.push({
        id: r.id ?? kebab(r.text),
        name: r.text,
        weightPct: fractions ? Math.round(r.weight * 10000) / 100 : r.weight,
        minScore: r.min,
        notes: r.notes,
        rowIndex: r.rowIndex,
      });
  }
  return { rows: out, rejected };
}

export interface Criterion {
  name: string;
  weightPct: number;
  points: string[];
}

/** "Service Design (20%)" items with their bullets; null unless every item carries a percentage. */
export function parseWeightedList(list: List): Criterion[] | null {
  const out: Criterion[] = [];
  for (const item of list.children) {
    const m = /^(.+?)\s*[([]?\s*(\d+(?:\.\d+)?)\s*%\s*[)\]]?\s*:?$/.exec(itemText(item));
    if (!m) return null;
    const points = item.children.flatMap((child) => (child.type === 'list' ? listTexts(child) : []));
    out.push({ name: m[1]!.replace(/[\s:–—-]+$/, ''), weightPct: Number(m[2]), points });
  }
  return out.length ? out : null;
}

/*
 * Levels named in words rather than scores ("Junior / Mid / Senior", "Weak / Adequate / Strong",
 * "Does not meet / Meets / Exceeds"): ordered by what the words mean, then laid over the 1-5
 * scale as bands (three levels: 1-2, 3, 4-5).
 */
const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:strong no|strong(?:ly)? (?:no[- ]?hire|reject))\b/i, 0],
  [
    /\b(?:does not meet|doesn'?t meet|not met|below expectations|unsatisfactory|insufficient|no[- ]?hire|poor|weak|novice|beginner|none)\b/i,
    1,
  ],
  [/\b(?:needs improvement|developing|basic|partially meets|lean no|below|junior|entry)\b/i, 2],
  [/\b(?:meets(?: expectations)?|adequate|acceptable|competent|fair|intermediate|mid(?:-level)?|lean (?:yes|hire)|solid)\b/i, 3],
  [/\b(?:good|proficient|hire|yes)\b/i, 4],
  [/\b(?:exceeds(?: expectations)?|strong(?: hire| yes)?|excellent|advanced|senior|great)\b/i, 5],
  [/\b(?:exceptional|outstanding|expert|staff|principal|far exceeds)\b/i, 6],
];

/** How high a level's name ranks, or null when it is not a level word. */
export function levelRank(label: string): number | null {
  const text = label.trim();
  if (text.length > 40) return null;
  // The first rule that matches decides: "Strong no hire" ranks low before "hire" can rank it high.
  for (const [pattern, rank] of LEVEL_WORDS) if (pattern.test(text)) return rank;
  return null;
}

const BANDS: Record<number, Array<[number, number]>> = {
  2: [
    [1, 2],
    [3, 5],
  ],
  3: [
    [1, 2],
    [3, 3],
    [4, 5],
  ],
  4: [
    [1, 2],
    [3, 3],
    [4, 4],
    [5, 5],
  ],
  5: [
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [5, 5],
  ],
};

/** Named levels as score bands, in the order they were written; null unless every name is a level word and the ranks differ. */
export function bandsForNames(names: readonly string[]): Array<{ minScore: number; maxScore: number }> | null {
  const bands = BANDS[names.length];
  const ranks = names.map(levelRank);
  if (!bands || ranks.some((r) => r === null) || new Set(ranks).size !== ranks.length) return null;
  const order = names.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  const out: Array<{ minScore: number; maxScore: number }> = new Array(names.length);
  order.forEach((index, position) => (out[index] = { minScore: bands[position]![0], maxScore: bands[position]![1] }));
  return out;
}

/** "- **Junior:** needs guidance", "- Strong: specific examples": a list of word levels; null otherwise. */
export function parseWordLevelList(list: List): Level[] | null {
  const rows: Array<{ label: string; description: string }> = [];
  for (const item of list.children) {
    const m = /^(.{1,40}?)\s*(?::|\s[–—-])\s*(.+)$/s.exec(itemText(item));
    if (!m) return null;
    rows.push({ label: m[1]!.replace(/\*+/g, '').trim(), description: m[2]!.trim() });
  }
  const bands = rows.length >= 2 ? bandsForNames(rows.map((r) => r.label)) : null;
  return bands ? rows.map((r, i) => ({ label: r.label, description: r.description, ...bands[i]! })) : null;
}

export interface ScoredRow {
  name: string;
  /** Share of the whole, when the table gives weights or points. */
  weight?: number;
  /** What each level means for this row. */
  levels: Level[];
}

/**
 * A table of criteria × named levels ("| Criteria | Weight | Does not meet | Meets | Exceeds |"):
 * the levels (every row's cell per column) and each row as a scored item with its own anchors.
 */
export function parseLevelTable(table: Table): { levels: Level[]; rows: ScoredRow[] } | null {
  const [header, ...rows] = tableCells(table);
  if (!header || rows.length === 0) return null;
  const levelCols = header.map((h, col) => (col > 0 && levelRank(h) !== null ? col : -1)).filter((c) => c >= 0);
  const bands = bandsForNames(levelCols.map((c) => header[c]!));
  if (!bands) return null;
  const weightCol = header.findIndex((h) => /\b(?:weight|points|pts)\b/i.test(h));
  const levels: Level[] = levelCols.map((col, i) => ({
    label: header[col]!,
    ...bands[i]!,
    description: rows
      .filter((r) => r[col])
      .map((r) => (r[0] ? `${r[0]}: ${r[col]}` : r[col]!))
      .join('; '),
  }));
  const scored = rows
    .filter((r) => r[0])
    .map((r) => {
      const weight = weightCol > 0 ? Number.parseFloat((r[weightCol] ?? '').replace(',', '.')) : NaN;
      return {
        name: r[0]!,
        ...(Number.isFinite(weight) && weight > 0 ? { weight } : {}),
        levels: levelCols.map((col, i) => ({ label: header[col]!, ...bands[i]!, description: r[col] || header[col]! })),
      };
    });
  return { levels: levels.filter((l) => l.description), rows: scored };
}
