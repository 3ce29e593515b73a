import { describe, expect, it } from 'vitest';
import { BUILTIN_KIT_ID, BUILTIN_KITS } from '../../../utils/domain/kit/builtin';
import { plainBullets, readGuide, splitChapters, subsection } from './guide-reader';

// The built-in kit's debrief agenda against the repo's copy of the guide, word for word.
const kit = BUILTIN_KITS.find((k) => k.id === BUILTIN_KIT_ID)!;
const chapter = splitChapters(readGuide()).find((c) => c.heading === 'Decision Meeting Agenda')!;

describe('the built-in kit’s decision meeting', () => {
  it('has the guide’s format and its agenda, each step with its minutes and a kind Panelist runs', () => {
    expect(kit.debriefAgenda.format).toEqual(plainBullets(subsection(chapter, 'Format')));
    const steps = subsection(chapter, 'Agenda').flatMap((line) => {
      const match = /^\d+\. \*\*(.+?)\*\* \((\d+) min\)$/.exec(line.trim());
      return match ? [[match[1], Number(match[2])]] : [];
    });
    expect(steps).toHaveLength(5);
    expect(kit.debriefAgenda.steps.map((s) => [s.title, s.durationMin])).toEqual(steps);
    expect(kit.debriefAgenda.steps.map((s) => s.kind)).toEqual(['impressions', 'by-category', 'concerns', 'strengths', 'vote']);
    expect(kit.debriefAgenda.steps.reduce((sum, s) => sum + s.durationMin, 0)).toBe(30);
  });
});
