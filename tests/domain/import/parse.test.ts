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

  it('parses a guide with reference definitions whole, so references still resolve', () => {
    const md = '# A\n\nSee [the spec][spec].\n\n# B\n\n[spec]: https://example.com\n';
    const tree = parseGuide(md, 1);
    expect(tree).toEqual(whole(md));
    expect(JSON.stringify(tree)).toContain('"linkReference"');
  });
});
