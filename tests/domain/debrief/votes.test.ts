import { describe, expect, it } from 'vitest';
import { castVote, consequenceOf, countVotes, type Vote } from '@/utils/domain/debrief/votes';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';

const kit = BUILTIN_KITS[0]!;
const people = [
  { key: 'sam', name: 'Sam' },
  { key: 'kim', name: 'Kim' },
  { key: 'lee', name: 'Lee' },
];

describe('the final vote', () => {
  it('counts one vote per interviewer: voting again changes the vote, whatever the spelling of the name', () => {
    let votes: Vote[] = [];
    votes = castVote(votes, 'Sam', 'yes', 1);
    votes = castVote(votes, 'Kim', 'maybe', 2);
    votes = castVote(votes, '  sam ', 'strong-yes', 3);
    expect(votes).toEqual([
      { voter: 'sam', decisionId: 'strong-yes', at: 3 },
      { voter: 'Kim', decisionId: 'maybe', at: 2 },
    ]);
    const count = countVotes(votes, kit, people);
    expect(count.tally.map((t) => [t.label, t.votes])).toEqual([
      ['Strong Yes', 1],
      ['Yes', 0],
      ['Maybe', 1],
      ['No', 0],
    ]);
    expect(count.leading).toEqual(['strong-yes', 'maybe']);
    expect(count.notYet).toEqual(['Lee']);
    expect(castVote(votes, 'KIM', null, 4)).toEqual([{ voter: 'sam', decisionId: 'strong-yes', at: 3 }]);
  });

  it('counts a list written twice for one person once, by the latest vote', () => {
    const count = countVotes(
      [
        { voter: 'Lee', decisionId: 'no', at: 5 },
        { voter: 'lee', decisionId: 'yes', at: 9 },
        { voter: 'Lee', decisionId: 'maybe', at: 7 },
      ],
      kit,
      people,
    );
    expect(count.votes).toEqual([{ voter: 'lee', decisionId: 'yes', at: 9, hasScorecard: true }]);
    expect(count.tally.find((t) => t.decisionId === 'yes')!.votes).toBe(1);
  });

  it('allows a vote from someone with no scorecard in the debrief, and marks it', () => {
    const count = countVotes([{ voter: 'Dana (hiring manager)', decisionId: 'yes', at: 1 }], kit, people);
    expect(count.votes).toEqual([{ voter: 'Dana (hiring manager)', decisionId: 'yes', at: 1, hasScorecard: false }]);
    expect(count.tally.find((t) => t.decisionId === 'yes')!.votes).toBe(1);
    expect(count.notYet).toEqual(['Sam', 'Kim', 'Lee']);
  });

  it('names the consequence the kit attaches to the decision', () => {
    expect(consequenceOf(kit, 'yes')).toMatchObject({ meaning: 'Make offer after reference checks', nextStep: 'reference-checks' });
    expect(consequenceOf(kit, undefined)).toBeUndefined();
  });
});
