import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Nodes as HastNodes } from 'hast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';

/**
 * Rich text copied from Google Docs, Notion or Word arrives as HTML on the clipboard. It is
 * turned into Markdown through the same unified syntax trees the importer reads (hast → mdast →
 * Markdown), never into DOM: scripts, styles and event handlers have no place in mdast and
 * are dropped on the way, so what is pasted stays text.
 *
 * Google Docs wraps everything in `<b style="font-weight:normal">` and marks bold with inline
 * styles (`font-weight:700`), so those are read as what they show before converting.
 */
export function htmlToMarkdown(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  normaliseStyles(tree);
  const mdast = toMdast(tree);
  return toMarkdown(mdast, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-' })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

function normaliseStyles(node: HastNodes): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const style = String(child.properties?.style ?? '');
    if (child.tagName === 'b' && /font-weight:\s*(?:normal|400)/i.test(style)) child.tagName = 'span';
    else if (child.tagName === 'span' && /font-weight:\s*(?:bold|[6-9]00)/i.test(style)) child.tagName = 'strong';
    else if (child.tagName === 'span' && /font-style:\s*italic/i.test(style)) child.tagName = 'em';
    normaliseStyles(child);
  }
}
