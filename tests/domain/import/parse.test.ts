import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../../utils/domain/import/parse';

/*
 * parseGuide cuts large guides before top-level headings and parses the pieces
 * separately (micromark is quadratic on long documents). The joined tree must be
 * the tree of the whole document, positions included.
 */

const whole = (md: string) => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

const guides: Array<[string, string]> = [
  ['shipped guide', read('../../../docs/guides/middleware-architect-interview-guide.md')],
  ...readdirSync(fileURLToPath(new URL('./guides', import.meta.url))).map((f): [string, string] => [f, read(`./guides/${f}`)]),
];

describe('parseGuide in pieces', () => {
  it.each(guides)('gives the same tree as one parse for %s, cut before every top-level heading', (_name, md) => {
    // A piece size of 1 cuts before every "# ..." line that may be cut at.
    expect(parseGuide(md, 1)).toEqual(whole(md));
  });

  it('does not cut at headings inside fenced code, HTML comments or list items', () => {
    const md = [
      '# Title',
      '',
      '```python',
      '# a comment, not a heading',
      '```',
      '',
      '<!--',
      '# commented out',
      '-->',
      '',
      '1. item',
      '   # heading inside the item',
      '',
      '~~~',
      '# still code',
      '```',
      '# still code after a different fence',
      '~~~',
      '## Next',
      'text',
    ].join('\n');
    expect(parseGuide(md, 1)).toEqual(whole(md));
    expect(parseGuide(`${md}\r\n`, 1)).toEqual(whole(`${md}\r\n`));
  });

  it('gives the same tree when each piece holds a different GFM construct (or none)', () => {
    const md = [
      '# Plain',
      'Just *text* and `code`.',
      '# Table',
      '| Level | Means |',
      '| --- | --- |',
      '| 4 | Strong |',
      '# Struck',
      'Was ~~four~~ three rounds.',
      '# Tasks',
      '- [ ] Send the take-home',
      '- [x] Book the room',
      '# Links',
      'Write to hiring@example.com or see www.example.com and https://example.com/guide.',
      '# All',
      '| a | b |',
      '| - | - |',
      '| ~~c~~ | https://example.org |',
      '',
      '- [X] done, mail ops@example.org',
    ].join('\n');
    expect(parseGuide(md, 1)).toEqual(whole(md));
    const json = JSON.stringify(parseGuide(md, 1));
    for (const type of ['"table"', '"delete"', '"checked":true', '"link"']) expect(json).toContain(type);
  });

  it('parses a guide with reference definitions whole, so references still resolve', () => {
    const md = '# A\n\nSee [the spec][spec].\n\n# B\n\n[spec]: https://example.com\n';
    const tree = parseGuide(md, 1);
    expect(tree).toEqual(whole(md));
    expect(JSON.stringify(tree)).toContain('"linkReference"');
  });
});
