import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import type { Box } from '@/utils/platforms';

/** Fixture pages shared with the end-to-end suite (served there by scripts/browsers/https-server.ts). */
// A string, not new URL(): under jsdom the global URL is not the one node:url accepts.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures');

export function fixtureHtml(platform: string, file: string): string {
  return readFileSync(`${FIXTURES}/${platform}/${file}`, 'utf8');
}

/** Replace `target`'s whole content (head, title, body) with a fixture page, keeping its window. */
export function loadInto(target: Document, platform: string, file: string): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(platform, file), 'text/html');
  const root = target.adoptNode(parsed.documentElement);
  // jsdom's about:blank frame document may still be empty.
  if (target.documentElement) target.replaceChild(root, target.documentElement);
  else target.appendChild(root);
  return target;
}

/** Load the Zoom shell into `document` and a web-client page into its same-origin iframe#webclient. */
export function loadZoom(innerFile: string): { frame: HTMLIFrameElement; inner: Document } {
  loadInto(document, 'zoom', 'meeting.html');
  const frame = document.querySelector<HTMLIFrameElement>('iframe#webclient')!;
  const inner = frame.contentDocument!;
  loadInto(inner, 'zoom', innerFile);
  return { frame, inner };
}

/**
 * jsdom does no layout: give chosen elements a bounding box (everything else is 0×0), in every
 * window whose Element prototype is passed (an iframe has its own).
 */
export function layOut(boxes: Map<Element, Box>, prototypes: object[] = [Element.prototype]) {
  for (const proto of prototypes) {
    vi.spyOn(proto as Element, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const box = boxes.get(this) ?? { top: 0, left: 0, width: 0, height: 0 };
      return { ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height, toJSON: () => box } as DOMRect;
    });
  }
}
