import { describe, expect, it } from 'vitest';
import { decideRevised } from '@/utils/domain/backup-check';

describe('restoring a record the store revises (a debrief, a reference check)', () => {
  type Revised = { id: string; revision?: number; note: string };
  const debrief = (revision: number, note: string): Revised => ({ id: 'd1', revision, note });

  it('adds one this store lacks, and takes the file’s only when it is newer by revision', () => {
    expect(decideRevised(undefined, debrief(1, 'a'))).toEqual({ action: 'add' });
    expect(decideRevised(debrief(2, 'a'), debrief(3, 'b'))).toEqual({ action: 'take' });
    expect(decideRevised(debrief(2, 'a'), debrief(2, 'a'))).toEqual({ action: 'same' });
  });

  it('keeps this store’s when it is newer, or when the two differ at the same revision', () => {
    expect(decideRevised(debrief(5, 'here'), debrief(3, 'file'))).toEqual({ action: 'keep', reason: 'newer-here' });
    expect(decideRevised(debrief(2, 'here'), debrief(2, 'file'))).toEqual({ action: 'keep', reason: 'differs' });
  });

  it('counts a record without a revision (written before revisions) as revision 0, older than any revised one', () => {
    const unrevised: Revised = { id: 'd1', note: 'old' };
    expect(decideRevised(unrevised, debrief(1, 'file'))).toEqual({ action: 'take' });
    expect(decideRevised(debrief(1, 'here'), { ...unrevised, note: 'file' })).toEqual({ action: 'keep', reason: 'newer-here' });
  });
});
