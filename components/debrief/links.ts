import { browser } from 'wxt/browser';

/** The desk's debrief screen for a candidate (its `#/debrief?candidate=…` route), optionally with a debrief open and at a part of it. */
export function deskDebriefUrl(candidateId: string, options: { debrief?: string; part?: 'references' } = {}): string {
  const params = new URLSearchParams({ candidate: candidateId });
  if (options.debrief) params.set('debrief', options.debrief);
  if (options.part) params.set('part', options.part);
  return `${browser.runtime.getURL('/options.html')}#/debrief?${params.toString()}`;
}
