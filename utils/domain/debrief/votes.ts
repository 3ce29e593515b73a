import type { DecisionOption, Kit } from '../kit/schema';
import { personKey } from './combine';
import type { DebriefPerson } from './build';

/**
 * The final vote of the decision meeting: one vote per interviewer, recorded live by whoever runs
 * the debrief. A person who votes again changes their vote; it is never counted twice. A vote from
 * someone with no scorecard in the debrief (a hiring manager who did not interview) is allowed and
 * marked as such.
 */
export interface Vote {
  voter: string;
  decisionId: string;
  at: number;
}

export interface CountedVote extends Vote {
  /** False for a voter with no scorecard in this debrief. */
  hasScorecard: boolean;
}

export interface VoteCount {
  /** One per voter (their latest vote), in the order they first voted. */
  votes: CountedVote[];
  tally: { decisionId: string; label: string; votes: number }[];
  /** The options with the most votes (several on a tie); empty with no votes. */
  leading: string[];
  /** Interviewers of the debrief who have not voted yet. */
  notYet: string[];
}

/** Record `vote` in `votes`: a voter's new vote replaces their old one; null removes it. */
export function castVote(votes: readonly Vote[], voter: string, decisionId: string | null, at: number): Vote[] {
  const key = personKey(voter);
  const index = votes.findIndex((v) => personKey(v.voter) === key);
  if (decisionId === null) return votes.filter((_, i) => i !== index);
  const vote = { voter: voter.trim().replace(/\s+/g, ' '), decisionId, at };
  return index < 0 ? [...votes, vote] : votes.map((v, i) => (i === index ? vote : v));
}

export function countVotes(
  votes: readonly Vote[],
  kit: Pick<Kit, 'decisionOptions'>,
  people: readonly Pick<DebriefPerson, 'key' | 'name'>[],
): VoteCount {
  // Votes are stored one per voter (castVote); a list written any other way still counts each person once, latest vote.
  const latest = new Map<string, Vote>();
  for (const vote of votes) {
    const before = latest.get(personKey(vote.voter));
    if (!before || before.at <= vote.at) latest.set(personKey(vote.voter), vote);
  }
  const interviewers = new Set(people.map((p) => p.key));
  const counted = [...latest.entries()].map(([key, vote]) => ({ ...vote, hasScorecard: interviewers.has(key) }));
  const tally = kit.decisionOptions.map((d) => ({
    decisionId: d.id,
    label: d.label,
    votes: counted.filter((v) => v.decisionId === d.id).length,
  }));
  const most = Math.max(0, ...tally.map((t) => t.votes));
  return {
    votes: counted,
    tally,
    leading: most === 0 ? [] : tally.filter((t) => t.votes === most).map((t) => t.decisionId),
    notYet: people.filter((p) => !latest.has(p.key)).map((p) => p.name),
  };
}

/** What the panel's decision sets in motion, as the kit words it ("Make offer after reference checks"). */
export function consequenceOf(kit: Pick<Kit, 'decisionOptions'>, decisionId: string | undefined): DecisionOption | undefined {
  return decisionId ? kit.decisionOptions.find((d) => d.id === decisionId) : undefined;
}
