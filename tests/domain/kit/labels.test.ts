import { describe, expect, it } from 'vitest';
import { parseKit } from '@/utils/domain/kit/parse';
import type { KitInput } from '@/utils/domain/kit/schema';

const kit = (section: Record<string, unknown>, question: Record<string, unknown>): KitInput =>
  ({
    schemaVersion: 2,
    id: 'k',
    title: 'K',
    version: 1,
    ratingScale: [
      { score: 1, label: 'Low', description: 'low' },
      { score: 5, label: 'High', description: 'high' },
    ],
    decisionOptions: [{ id: 'yes', label: 'Yes' }],
    rounds: [{ id: 'r', title: 'R', sections: [{ id: 's', title: 'S', ...section, questions: [{ id: 'q', prompt: 'Q?', ...question }] }] }],
  }) as KitInput;

describe('what a guide calls its lists', () => {
  it('keeps a briefing’s label and a question’s name for its points, as fields Panelist knows', () => {
    const parsed = parseKit(
      kit(
        { briefingLabel: 'Requirements', briefing: ['30M users'] },
        { pointsLabel: 'Expected Solutions', expectedPoints: ['Pagination'] },
      ),
    );
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(parsed.ok && parsed.kit.rounds[0]!.sections[0]).toMatchObject({
      briefingLabel: 'Requirements',
      questions: [{ pointsLabel: 'Expected Solutions' }],
    });
  });

  it('leaves them out when the guide names nothing, and refuses an empty one with its path', () => {
    const plain = parseKit(kit({}, {}));
    expect(plain.ok && 'pointsLabel' in plain.kit.rounds[0]!.sections[0]!.questions[0]!).toBe(false);
    expect(parseKit(kit({ briefingLabel: '  ' }, { pointsLabel: '' }))).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^rounds\[0\]\.sections\[0\]\.briefingLabel: /),
        expect.stringMatching(/^rounds\[0\]\.sections\[0\]\.questions\[0\]\.pointsLabel: /),
      ],
    });
  });
});
