import { describe, expect, it } from 'vitest';
import { combineScores } from '@/utils/domain/debrief/combine';
import { headlineOf, passesBar } from '@/utils/domain/debrief/headline';
import { headlineText } from '@/utils/domain/debrief/outcome';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';

const kit = BUILTIN_KITS[0]!;
const headline = (...cards: Record<string, number>[]) =>
  headlineOf(
    combineScores(
      kit.categories,
      kit.offerThreshold,
      cards.map((categoryScores, i) => ({ interviewer: `I${i}`, categoryScores })),
    ),
    kit.offerThreshold,
  );

describe('the headline', () => {
  it('never says a total that meets the threshold clears the bar while categories are below their minimum', () => {
    // Weighted 3.85 over the guide's matrix, with Django and Communication under their minimum of 4.
    const h = headline({
      django: 3,
      architecture: 4.5,
      'deep-dive': 4,
      'system-design': 4,
      leadership: 4,
      communication: 3,
      culture: 5,
    });
    expect(h).toEqual({
      kind: 'below-minimums',
      total: expect.closeTo(3.85, 10),
      threshold: 3.5,
      failed: ['Django Expertise', 'Communication'],
    });
    expect(passesBar(h)).toBe(false);
    expect(headlineText(h)).toBe('Weighted 3.85, but 2 categories are below their minimum: below the bar.');
  });

  it('meets the bar only with the threshold and every minimum met', () => {
    const h = headline({ django: 4, architecture: 4, 'deep-dive': 4, 'system-design': 4, leadership: 4, communication: 4, culture: 4 });
    expect(h).toMatchObject({ kind: 'meets', total: 4 });
    expect(passesBar(h)).toBe(true);
    expect(headlineText(h)).toBe('Weighted 4, meets the threshold of 3.5 and every minimum.');
  });

  it('names a low total, a low total with failed minimums, nothing scored, and a kit without a bar', () => {
    expect(headline({ 'deep-dive': 3, 'system-design': 3 })).toMatchObject({ kind: 'below-threshold', total: 3 });
    const both = headline({ django: 2, 'deep-dive': 3 });
    expect(headlineText(both)).toBe('Weighted 2.43, below the threshold of 3.5, and 1 category is below their minimum.');
    expect(headline()).toEqual({ kind: 'nothing-scored' });
    expect(passesBar(headline())).toBeNull();
    const noBar = headlineOf(combineScores(kit.categories, undefined, [{ interviewer: 'A', categoryScores: { django: 3 } }]), undefined);
    expect(noBar).toEqual({ kind: 'no-bar', total: 3, failed: ['Django Expertise'] });
    expect(headlineText(noBar)).toBe('Weighted 3 (the kit sets no threshold); 1 category is below their minimum.');
  });
});
