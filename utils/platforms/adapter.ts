import { barIn, boxOnScreen, noCall, readPhase, viewportOf } from './dom';
import type { PlatformAdapter } from './types';

/** The part of an adapter that is the site's own knowledge; the rest is the same for every site. */
export interface AdapterSpec extends Pick<PlatformAdapter, 'platform' | 'signals' | 'reserved' | 'matches' | 'meetingInfo'> {
  /** Whether the URL can hold a call at all (a meeting code or number in it); if not, nothing on the page makes it one. */
  callUrl(url: URL): boolean;
  /** Where the call's UI lives: the page itself, or (Zoom) a same-origin frame inside it. */
  documentOf?(doc: Document): { root: Document; frame: Element | null };
}

/** A complete adapter from a site's spec: reading, the call control and the bar all go through its signal table. */
export function defineAdapter(spec: AdapterSpec): PlatformAdapter {
  const documentOf = spec.documentOf ?? ((doc: Document) => ({ root: doc, frame: null }));
  const adapter: PlatformAdapter = {
    ...spec,
    read(doc, url, diagnose = false) {
      const reading = readPhase(spec.signals, documentOf(doc).root, diagnose);
      if (spec.callUrl(url)) return reading;
      return noCall(diagnose ? ['url not a meeting', ...reading.signals] : []);
    },
    callControl: (doc, url) => adapter.read(doc, url).control,
    isCall: (doc, url) => adapter.read(doc, url).phase === 'call',
    findBar(doc) {
      const { root, frame } = documentOf(doc);
      return barIn(root, spec.signals, frame);
    },
    controlsRect(doc) {
      const bar = adapter.findBar(doc);
      return bar && boxOnScreen(bar, viewportOf(doc));
    },
  };
  return adapter;
}
