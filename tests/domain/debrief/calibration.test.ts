import { describe, expect, it } from 'vitest';
import { calibrate, calibrationFor, MIN_CALIBRATION_DEBRIEFS, type CalibrationPanel } from '@/utils/domain/debrief/calibration';

/**
 * A seeded history: twelve past debriefs. Ada scores 0.6 above the rest of the panel on average
 * (0.4 or 0.8 in turn), Ben agrees with the panel, and Cy sat on only three debriefs.
 */
function seededHistory(): CalibrationPanel[] {
  const scores = (s: Record<string, number | null>) => s;
  return Array.from({ length: 12 }, (_, i) => {
    const base = 2.5 + (i % 4) * 0.5;
    const ada = base + (i % 2 ? 0.8 : 0.4);
    return {
      key: `candidate-${i}`,
      cards: [
        { interviewer: i % 3 ? 'Ada' : 'ada ', categoryScores: scores({ tech: ada, comm: ada }) },
        { interviewer: 'Ben', categoryScores: scores({ tech: base, comm: base, design: 4 }) },
        ...(i < 3 ? [{ interviewer: 'Cy', categoryScores: scores({ tech: base, comm: null }) }] : []),
      ],
    };
  });
}

describe('calibration', () => {
  it('gives each interviewer’s typical offset against the rest of the panel, its spread and the debriefs it rests on', () => {
    const all = calibrate(seededHistory());
    const ada = all.get('ada')!;
    // The name as last written.
    expect(ada.interviewer).toBe('Ada');
    expect(ada.debriefs).toBe(12);
    expect(ada.offset).toBeCloseTo(0.6, 10);
    expect(ada.spread).toBeCloseTo(0.2, 10);
    const ben = all.get('ben')!;
    expect(ben.debriefs).toBe(12);
    expect(ben.offset).toBeLessThan(0);
    expect(all.get('cy')!.debriefs).toBe(3);
  });

  it('reads one debrief once however many times it is given, and a person who ran two rounds as one', () => {
    const panel: CalibrationPanel = {
      key: 'x',
      cards: [
        { interviewer: 'Ada', categoryScores: { tech: 5 } },
        { interviewer: 'Ada', categoryScores: { tech: 3 } },
        { interviewer: 'Ben', categoryScores: { tech: 3 } },
      ],
    };
    const once = calibrate([panel, panel]);
    expect(once.get('ada')).toEqual({ interviewer: 'Ada', offset: 1, spread: 0, debriefs: 1 });
    expect(once.get('ben')).toEqual({ interviewer: 'Ben', offset: -1, spread: 0, debriefs: 1 });
  });

  it('shows nothing for someone seen in fewer debriefs than the minimum', () => {
    const shown = calibrationFor(seededHistory(), ['Ada', 'Cy', 'Dee']);
    expect(shown.map((c) => c.interviewer)).toEqual(['Ada']);
    expect(MIN_CALIBRATION_DEBRIEFS).toBeGreaterThan(3);
    expect(calibrationFor(seededHistory().slice(0, MIN_CALIBRATION_DEBRIEFS - 1), ['Ada'])).toEqual([]);
  });
});
