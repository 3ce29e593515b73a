import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DeskApp } from '@/components/desk/DeskApp';
import type { Kit } from '@/utils/domain/kit/schema';
import { makeStore, testKit, type TestStore } from './store';
import { connectLivePorts } from './live-ports';
import { installWorkers } from './workers';

/**
 * The desk against the real store: Dexie on fake-indexeddb behind the background's own
 * dispatcher, reached through WXT's fake browser exactly as the options page reaches it; its
 * workers (exports, backups) run in-process and read the same database (tests/support/workers.ts).
 * Test files also need: vi.mock('wxt/browser', …fakeBrowser) (it must sit in the test file).
 */
export async function connectDesk(options: { kits?: Kit[] } = {}): Promise<TestStore> {
  fakeBrowser.reset();
  const store = await makeStore({ kits: options.kits ?? [testKit] });
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => structuredClone(await store.send(message)));
  connectLivePorts(store);
  installWorkers();
  return store;
}

/** Open the desk on a screen, as following a link to options.html#/<screen> would. */
export function renderDesk(hash = '#/kits') {
  window.location.hash = hash;
  return render(<DeskApp />);
}

/** Downloads started with an <a download> (the Blob's text and the file name), captured instead of saved. */
export function captureDownloads() {
  const saved: { filename: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = ((blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ filename: this.download, text: blob.text() });
  });
  return saved;
}

/** A File the way an <input type=file> hands it over. */
export const fileOf = (name: string, text: string, type = 'text/plain') => new File([text], name, { type });
