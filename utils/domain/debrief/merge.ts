import type { DebriefScorecard, FileReport } from './read-files';

/**
 * Folding several reads of one interview into one scorecard. One interview may arrive more than
 * once: both export shapes, a resend, two colleagues' "export all", or this browser's own copy.
 * The items shape gives exact category scores and the evidence notes, the interviews shape the
 * decision and flags; this browser's copy wins over any file. Reads of one shape that agree count
 * once. Reads of one shape that disagree are a conflict: it is reported, a default is used (the
 * submitted one over a draft, else the first read), and the person running the debrief chooses.
 */

/** What the fold needs of a read file. */
export interface MergeFile {
  id: string;
  name: string;
  cards: readonly DebriefScorecard[];
  report: Pick<FileReport, 'shape'>;
}

export interface ConflictOption {
  /** The file whose version this is (the first of the files that agree on it). */
  fileId: string;
  files: string[];
  status: DebriefScorecard['status'];
  card: DebriefScorecard;
}

export interface ScorecardConflict {
  interviewId: string;
  /** "interview 3f2a9c1e (Kim, System Design)" */
  label: string;
  what: 'scores' | 'decision' | 'scores and decision';
  options: ConflictOption[];
  chosen: string;
  chosenBy: 'you' | 'default';
}

export interface MergedScorecards {
  cards: DebriefScorecard[];
  conflicts: ScorecardConflict[];
  /** What the fold found, by file id: added to that file's report. */
  messages: Record<string, { errors: string[]; notes: string[] }>;
}

interface Read {
  file: MergeFile;
  card: DebriefScorecard;
}

const sameScores = (a: DebriefScorecard, b: DebriefScorecard) =>
  JSON.stringify(Object.entries(a.categoryScores).sort()) === JSON.stringify(Object.entries(b.categoryScores).sort());
const sameDecision = (a: DebriefScorecard, b: DebriefScorecard) => a.decisionId === b.decisionId && a.decisionReason === b.decisionReason;
/** Whether two reads of one interview differ in decision; a file that carries none cannot differ. */
const decisionsDiffer = (a: DebriefScorecard, b: DebriefScorecard) => a.hasDecision && b.hasDecision && !sameDecision(a, b);
const agree = (a: DebriefScorecard, b: DebriefScorecard) => sameScores(a, b) && !decisionsDiffer(a, b);

const labelOf = (card: DebriefScorecard) => `interview ${card.interviewId.slice(0, 8)} (${card.interviewer}, ${card.roundTitle})`;

const decisionOf = (card: DebriefScorecard): Pick<DebriefScorecard, 'hasDecision' | 'decisionId' | 'decisionReason' | 'flags'> => ({
  hasDecision: card.hasDecision,
  ...(card.decisionId === undefined ? {} : { decisionId: card.decisionId }),
  decisionReason: card.decisionReason,
  flags: card.flags,
});

/** Reads of one shape grouped by agreement; each group is one version of the interview. */
function versions(reads: readonly Read[]): Read[][] {
  const groups: Read[][] = [];
  for (const read of reads) {
    const group = groups.find((g) => agree(g[0]!.card, read.card));
    if (group) group.push(read);
    else groups.push([read]);
  }
  return groups;
}

/** The fullest read of a group: one that carries a decision completes an older export of the same scores. */
function bestOf(group: readonly Read[]): DebriefScorecard {
  const withDecision = group.find((r) => r.card.hasDecision) ?? group[0]!;
  return { ...group[0]!.card, ...decisionOf(withDecision.card), sources: [...new Set(group.map((r) => r.file.name))] };
}

class Messages {
  readonly byFile: MergedScorecards['messages'] = {};
  private of(fileId: string) {
    return (this.byFile[fileId] ??= { errors: [], notes: [] });
  }
  error(fileId: string, text: string) {
    this.of(fileId).errors.push(text);
  }
  note(fileId: string, text: string) {
    this.of(fileId).notes.push(text);
  }
}

/** One shape's reads of one interview down to one version, with the conflict when they disagree. */
function resolveShape(reads: readonly Read[], choice: string | undefined, messages: Messages, conflicts: ScorecardConflict[]) {
  if (reads.length === 0) return undefined;
  const groups = versions(reads);
  for (const group of groups)
    for (const later of group.slice(1))
      messages.note(
        later.file.id,
        `${later.file.name}: ${labelOf(later.card)} is also in ${[...new Set(group.slice(0, group.indexOf(later)).map((r) => r.file.name))].join(', ')}, identical; counted once`,
      );
  if (groups.length === 1) return bestOf(groups[0]!);
  const options = groups.map((g) => ({ fileId: g[0]!.file.id, files: [...new Set(g.map((r) => r.file.name))], status: g[0]!.card.status }));
  const byChoice = groups.findIndex((g) => g.some((r) => r.file.id === choice));
  const submittedOverDraft = groups.findIndex(
    (g) => g[0]!.card.status === 'submitted' && groups.some((o) => o[0]!.card.status === 'draft'),
  );
  const index = byChoice >= 0 ? byChoice : Math.max(0, submittedOverDraft);
  const first = groups[0]![0]!.card;
  const differing = groups.slice(1).map((g) => g[0]!.card);
  const scores = differing.some((c) => !sameScores(first, c));
  const decision = differing.some((c) => decisionsDiffer(first, c));
  const what = scores && decision ? 'scores and decision' : scores ? 'scores' : 'decision';
  const used = options[index]!;
  conflicts.push({
    interviewId: first.interviewId,
    label: labelOf(first),
    what,
    options: options.map((o, i) => ({ ...o, card: bestOf(groups[i]!) })),
    chosen: used.fileId,
    chosenBy: byChoice >= 0 ? 'you' : 'default',
  });
  for (const group of groups.slice(1)) {
    const read = group[0]!;
    const why = byChoice >= 0 ? 'your choice' : submittedOverDraft >= 0 ? 'the submitted one' : 'the first one read';
    messages.error(
      read.file.id,
      `${read.file.name}: ${labelOf(read.card)} is also in ${options[0]!.files.join(', ')} with different ${what}; using ${used.files.join(', ')} (${why}); choose in the debrief`,
    );
  }
  return bestOf(groups[index]!);
}

const laterStatus = (a: DebriefScorecard, b: DebriefScorecard) =>
  a.status === 'submitted' || b.status === 'submitted' ? 'submitted' : 'draft';

/** The items version (exact scores, evidence) completed by the interviews version (decision, flags). */
function combineShapes(
  items: DebriefScorecard,
  interviews: DebriefScorecard,
  messages: Messages,
  later: Read,
  earlier: Read,
): DebriefScorecard {
  if (decisionsDiffer(items, interviews))
    messages.error(
      later.file.id,
      `${later.file.name}: ${labelOf(items)} has a different decision or reason in ${earlier.file.name}; using the per-interview export's`,
    );
  const { decisionId: _dropped, ...withoutDecision } = items;
  return {
    ...(interviews.hasDecision ? withoutDecision : items),
    ...(interviews.hasDecision ? decisionOf(interviews) : {}),
    status: laterStatus(items, interviews),
    date: items.date ?? interviews.date,
    seal: items.seal || interviews.seal,
    integrity: items.integrity ?? interviews.integrity,
    sources: [...new Set([...items.sources, ...interviews.sources])],
  };
}

/** Fold every file's scorecards and this browser's own into one scorecard per interview, in the order first seen. */
export function mergeScorecards(
  files: readonly MergeFile[],
  local: readonly DebriefScorecard[] = [],
  choices: Readonly<Record<string, string>> = {},
): MergedScorecards {
  const messages = new Messages();
  const conflicts: ScorecardConflict[] = [];
  const order: string[] = local.map((c) => c.interviewId);
  const localById = new Map(local.map((c) => [c.interviewId, c]));
  const reads = new Map<string, { items: Read[]; interviews: Read[] }>();
  for (const file of files)
    for (const card of file.cards) {
      if (localById.has(card.interviewId)) {
        messages.note(file.id, `${file.name}: ${labelOf(card)} is also in this browser; the browser's copy is used`);
        continue;
      }
      if (!reads.has(card.interviewId)) {
        order.push(card.interviewId);
        reads.set(card.interviewId, { items: [], interviews: [] });
      }
      reads.get(card.interviewId)![file.report.shape === 'items' ? 'items' : 'interviews'].push({ file, card });
    }
  const cards = order.map((id) => {
    const own = localById.get(id);
    if (own) return own;
    const { items, interviews } = reads.get(id)!;
    const fromItems = resolveShape(items, choices[id], messages, conflicts);
    const fromInterviews = resolveShape(interviews, choices[id], messages, conflicts);
    if (fromItems && fromInterviews) {
      const [earlier, later] = [items[0]!, interviews[0]!].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
      return combineShapes(fromItems, fromInterviews, messages, later!, earlier!);
    }
    return (fromItems ?? fromInterviews)!;
  });
  return { cards, conflicts, messages: messages.byFile };
}
