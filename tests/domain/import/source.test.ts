import { describe, expect, it } from 'vitest';
import { importMarkdownGuide } from '../../../utils/domain/import/markdown';
import { GUIDE_LIMITS, GuideRefused, prepareSource } from '../../../utils/domain/import/source';
import { findDuration, parseDuration } from '../../../utils/domain/import/headings';

/* What the importer refuses, and what it takes off a guide before reading it. */

function refusal(text: string): GuideRefused {
  try {
    importMarkdownGuide(text);
  } catch (error) {
    if (error instanceof GuideRefused) return error;
    throw error;
  }
  throw new Error('the guide was read');
}

describe('guides the importer refuses, with a named reason', () => {
  it('refuses an empty file and one of only blank lines', () => {
    expect(refusal('')).toMatchObject({ code: 'empty', message: expect.stringContaining('empty') });
    expect(refusal('\n  \n\t\n').code).toBe('empty');
  });

  it('refuses binary data (a PDF read as text)', () => {
    expect(refusal('%PDF-1.7\n\u0000\u0001\u0002stream').code).toBe('binary');
    expect(refusal('\ufffd\u0003\ufffd\u0004'.repeat(200)).code).toBe('binary');
  });

  it('refuses more than 2 MB, saying how big it is and what the limit is', () => {
    const big = `# Guide\n\n${'- a plain line of the guide\n'.repeat(Math.ceil(GUIDE_LIMITS.bytes / 26) + 10)}`;
    const error = refusal(big);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^The guide is 2\.\d MB; Panelist reads guides up to 2\.0 MB\.$/);
    const twenty = 'x'.repeat(20 * 1024 * 1024);
    expect(refusal(twenty).message).toContain('20.0 MB');
  });

  it('refuses lists nested deeper than 32, naming the line, before parsing them', () => {
    const deep = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const error = refusal(`## Round 1 (30 min)\n\n${deep}\n`);
    expect(error).toMatchObject({ code: 'too-deep', line: 35 });
    expect(error.message).toBe('Line 35: lists or quotes are nested 33 deep; Panelist reads guides nested up to 32 deep.');
    expect(refusal('>'.repeat(40) + ' quoted').code).toBe('too-deep');
    // 32 deep is still a guide.
    const ok = Array.from({ length: 32 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(() => importMarkdownGuide(`## Round 1 (30 min)\n\n${ok}\n`)).not.toThrow();
  });

  it('reads HTML with scripts and event handlers as inert text that is reported, never as markup', () => {
    const md = '## Round 1 (30 min)\n\n1. "Why us?"\n\n<script>window.pwned = true</script>\n\n<img src=x onerror="alert(1)">\n';
    const result = importMarkdownGuide(md);
    expect(result.parsed.ok).toBe(true);
    expect(result.leftOver.map((l) => [l.line, l.what.split(' ')[0], l.text])).toEqual([
      [5, 'HTML', '<script>window.pwned = true</script>'],
      [7, 'HTML', '<img src=x onerror="alert(1)">'],
    ]);
    expect(JSON.stringify(result.kit)).not.toContain('onerror');
  });
});

describe('front matter and template tags', () => {
  it('blanks front matter and tags in place, so every line keeps its number, and leaves code alone', () => {
    const raw = [
      '---',
      'title: Kit',
      'tags: [a, b]',
      '---',
      '{% include toc.html %}',
      'Hello {{ site.name }}!',
      '```',
      '{% raw %}',
      '```',
      '{: .no_toc }',
    ].join('\n');
    const prepared = prepareSource(raw);
    expect(prepared.markdown.split('\n')).toEqual(['', '', '', '', '', 'Hello !', '```', '{% raw %}', '```', '']);
    expect(prepared.frontMatter).toEqual([
      { key: 'title', value: 'Kit', line: 2, lines: [2] },
      { key: 'tags', value: ['a', 'b'], line: 3, lines: [3] },
    ]);
    expect(prepared.removed.map((r) => [r.line, r.what])).toEqual([
      [1, 'front matter'],
      [4, 'front matter'],
      [5, 'template tag'],
      [6, 'template tag'],
      [10, 'template tag'],
    ]);
  });

  it('takes the title, role, company and a single round duration from front matter; reports the rest', () => {
    const md = [
      '---',
      'title: Platform Screen',
      'role: Platform Engineer',
      'company: Acme',
      'duration: 45-60 min',
      'layout: page',
      '---',
      '',
      '1. "Why platform work?"',
    ].join('\n');
    const result = importMarkdownGuide(md);
    expect(result.kit).toMatchObject({
      title: 'Platform Screen',
      role: 'Platform Engineer',
      organisation: 'Acme',
      id: 'platform-engineer',
    });
    expect(result.kit.rounds[0]).toMatchObject({ durationMin: 60, durationNote: '45-60 min' });
    expect(result.leftOver).toEqual([{ line: 6, what: 'front matter field', text: 'layout: page' }]);
    expect(result.lines.slice(0, 7)).toEqual(['markup', 'used', 'used', 'used', 'used', 'left', 'markup']);
  });

  it('drops a Liquid comment block and Hugo shortcodes, keeping the text between shortcodes', () => {
    const md = [
      '## Round 1 (30 min)',
      '',
      '{% comment %}',
      'old question',
      '{% endcomment %}',
      '{{< hint >}}',
      'Be kind.',
      '{{< /hint >}}',
      '',
      '1. "Why?"',
    ].join('\n');
    const result = importMarkdownGuide(md);
    expect(JSON.stringify(result.kit)).not.toContain('old question');
    expect(JSON.stringify(result.kit)).not.toContain('{{');
    expect(result.kit.rounds[0]!.sections[0]!.briefing).toEqual(['Be kind.']);
  });
});

describe('durations', () => {
  it.each([
    ['about one hour', { minutes: 60 }],
    ['half an hour', { minutes: 30 }],
    ['1h30', { minutes: 90 }],
    ['45-60 min', { minutes: 60, note: '45-60 min' }],
    ['(30 minutes)'.slice(1, -1), { minutes: 30 }],
  ])('"%s"', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it('finds a duration in a sentence, but not a deadline or a time of day', () => {
    expect(findDuration('This round lasts about 45 minutes.')?.duration).toEqual({ minutes: 45 });
    expect(findDuration('A 30-minute call with the manager')?.duration).toEqual({ minutes: 30 });
    expect(findDuration('Reply within 24 hours of the interview')).toBeNull();
    expect(findDuration('Start at 10am sharp')).toBeNull();
  });
});
