import { htmlToMarkdown } from './html';
import { importMarkdownTree, type ImportResult } from './markdown';
import { parseGuide } from './parse';
import { GuideRefused, prepareSource } from './source';

/* One import as the desk runs it (in a worker for big guides): Markdown or pasted HTML in, the import or the named refusal out. */

export type GuideTaskInput = { markdown: string } | { html: string };

export type GuideTaskResult =
  | { ok: true; markdown: string; result: ImportResult }
  | { ok: false; markdown: string; code: GuideRefused['code']; message: string; line: number };

export function runGuideImport(input: GuideTaskInput, progress?: (done: number, total: number) => void): GuideTaskResult {
  const markdown = 'html' in input ? htmlToMarkdown(input.html) : input.markdown;
  try {
    const source = prepareSource(markdown);
    const tree = parseGuide(source.markdown, undefined, progress);
    return { ok: true, markdown, result: importMarkdownTree(tree, source) };
  } catch (error) {
    if (!(error instanceof GuideRefused)) throw error;
    return { ok: false, markdown, code: error.code, message: error.message, line: error.line };
  }
}
