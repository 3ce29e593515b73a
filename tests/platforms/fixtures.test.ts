// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapterFor, type CallPhase } from '@/utils/platforms';
import { loadInto, loadZoom } from './load-fixture';

/**
 * Every fixture page, read the way the content script reads it: which phase the page is in. The
 * same pages run in the built extension in tests/e2e/call-sites.e2e.ts. Zoom pages named
 * webclient-* load inside the shell's same-origin iframe#webclient, as the web client does.
 */

interface Case {
  platform: 'meet' | 'zoom' | 'teams';
  file: string;
  url: string;
  phase: CallPhase;
  /** The kinds of signal the diagnostic must name. */
  saw?: string[];
}

const MEET = 'https://meet.google.com/abc-defg-hij';
const ZOOM = 'https://app.zoom.us/wc/123456789/join';
const VANITY = 'https://acme.zoom.us/wc/join/555666777';
const TEAMS = 'https://teams.microsoft.com/v2/';
const CLOUD = 'https://teams.cloud.microsoft/v2/';
const LIGHT = 'https://teams.live.com/light-meetings/launch?p=x';

const CASES: Case[] = [
  { platform: 'meet', file: 'landing.html', url: 'https://meet.google.com/', phase: 'none' },
  { platform: 'meet', file: 'lobby.html', url: MEET, phase: 'lobby', saw: ['prejoin'] },
  { platform: 'meet', file: 'call.html', url: MEET, phase: 'call', saw: ['leave', 'inCall'] },
  { platform: 'meet', file: 'left.html', url: MEET, phase: 'none' },
  { platform: 'meet', file: 'lobby-es.html', url: 'https://meet.google.com/esp-anol-sal', phase: 'lobby', saw: ['prejoin'] },
  { platform: 'meet', file: 'waiting-es.html', url: 'https://meet.google.com/esp-anol-sal', phase: 'lobby', saw: ['leave'] },
  { platform: 'meet', file: 'call-es.html', url: 'https://meet.google.com/esp-anol-sal', phase: 'call', saw: ['leave', 'inCall'] },
  { platform: 'meet', file: 'lobby-de.html', url: 'https://meet.google.com/deu-tsch-neu', phase: 'lobby' },
  { platform: 'meet', file: 'call-de.html', url: 'https://meet.google.com/deu-tsch-neu', phase: 'call' },
  { platform: 'meet', file: 'lobby-ja.html', url: 'https://meet.google.com/jpn-kaig-iii', phase: 'lobby' },
  { platform: 'meet', file: 'call-ja.html', url: 'https://meet.google.com/jpn-kaig-iii', phase: 'call', saw: ['leave', 'inCall'] },
  { platform: 'meet', file: 'call-unknown.html', url: 'https://meet.google.com/zzz-unkn-own', phase: 'none' },

  { platform: 'zoom', file: 'home.html', url: 'https://app.zoom.us/wc/home', phase: 'none' },
  { platform: 'zoom', file: 'webclient-prejoin.html', url: ZOOM, phase: 'lobby', saw: ['prejoin'] },
  { platform: 'zoom', file: 'webclient-call.html', url: ZOOM, phase: 'call', saw: ['leave', 'inCall', 'bar'] },
  { platform: 'zoom', file: 'webclient-left.html', url: ZOOM, phase: 'none' },
  { platform: 'zoom', file: 'webclient-prejoin-de.html', url: 'https://app.zoom.us/wc/222333444/join', phase: 'lobby' },
  { platform: 'zoom', file: 'webclient-waiting-de.html', url: 'https://app.zoom.us/wc/222333444/join', phase: 'lobby', saw: ['waiting'] },
  {
    platform: 'zoom',
    file: 'webclient-host-de.html',
    url: 'https://app.zoom.us/wc/222333444/join',
    phase: 'call',
    saw: ['leave', 'inCall'],
  },
  { platform: 'zoom', file: 'top-prejoin-es.html', url: VANITY, phase: 'lobby' },
  { platform: 'zoom', file: 'top-call-es.html', url: VANITY, phase: 'call' },
  { platform: 'zoom', file: 'top-left-es.html', url: VANITY, phase: 'none' },
  { platform: 'zoom', file: 'webclient-prejoin-ja.html', url: 'https://app.zoom.us/wc/777888999/start', phase: 'lobby' },
  { platform: 'zoom', file: 'webclient-call-ja.html', url: 'https://app.zoom.us/wc/777888999/start', phase: 'call' },
  { platform: 'zoom', file: 'top-call-unknown.html', url: 'https://acme.zoom.us/wc/join/999000111', phase: 'none' },

  { platform: 'teams', file: 'app.html', url: TEAMS, phase: 'none' },
  { platform: 'teams', file: 'prejoin.html', url: TEAMS, phase: 'lobby', saw: ['prejoin'] },
  { platform: 'teams', file: 'call.html', url: TEAMS, phase: 'call', saw: ['leave', 'inCall', 'bar'] },
  { platform: 'teams', file: 'app-de.html', url: CLOUD, phase: 'none' },
  { platform: 'teams', file: 'prejoin-de.html', url: CLOUD, phase: 'lobby' },
  { platform: 'teams', file: 'lobby-de.html', url: CLOUD, phase: 'lobby', saw: ['waiting', 'leave'] },
  { platform: 'teams', file: 'call-de.html', url: CLOUD, phase: 'call', saw: ['leave', 'inCall', 'bar'] },
  { platform: 'teams', file: 'prejoin-es.html', url: LIGHT, phase: 'lobby' },
  { platform: 'teams', file: 'call-es.html', url: LIGHT, phase: 'call' },
  { platform: 'teams', file: 'prejoin-ja.html', url: 'https://teams.microsoft.com/v2/ja', phase: 'lobby' },
  { platform: 'teams', file: 'call-ja.html', url: 'https://teams.microsoft.com/v2/ja', phase: 'call', saw: ['leave'] },
  { platform: 'teams', file: 'call-unknown.html', url: 'https://teams.microsoft.com/v2/unknown', phase: 'none' },
];

function load({ platform, file }: Case): void {
  if (platform === 'zoom' && file.startsWith('webclient-')) loadZoom(file);
  else loadInto(document, platform, file);
}

describe.each(CASES)('$platform $file', (c) => {
  it(`reads as ${c.phase}`, () => {
    load(c);
    const url = new URL(c.url);
    const adapter = adapterFor(url)!;
    expect(adapter.platform).toBe(c.platform);
    expect(adapter.read(document, url).phase).toBe(c.phase);
    expect(adapter.isCall(document, url)).toBe(c.phase === 'call');
    // The diagnostic reads the same page to the same phase, naming what it matched.
    const diagnosed = adapter.read(document, url, true);
    if (process.env.SHOW_SIGNALS) console.log(c.file, diagnosed.phase, diagnosed.signals);
    expect(diagnosed.phase).toBe(c.phase);
    const kinds = new Set(diagnosed.signals.map((s) => s.split(' ')[0]));
    for (const kind of c.saw ?? []) expect(kinds, diagnosed.signals.join('; ')).toContain(kind);
  });
});

describe('the fixture set', () => {
  const folder = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures');
  const pages = (platform: string) => readdirSync(join(folder, platform)).filter((f) => f.endsWith('.html'));

  it('reads every page of every platform, at least 20 in all, in at least four UI languages', () => {
    const shells = new Set(['meeting.html', 'meeting-de.html', 'meeting-ja.html']);
    for (const platform of ['meet', 'zoom', 'teams']) {
      const covered = new Set(CASES.filter((c) => c.platform === platform).map((c) => c.file));
      expect(pages(platform).filter((f) => !covered.has(f) && !shells.has(f))).toEqual([]);
    }
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    const languages = new Set(
      CASES.map((c) => /<html lang="([a-z]+)"/.exec(readFileSync(join(folder, c.platform, c.file), 'utf8'))?.[1]).filter(Boolean),
    );
    expect([...languages].filter((l) => l !== 'fi').length).toBeGreaterThanOrEqual(4);
  });
});
