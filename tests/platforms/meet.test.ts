// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meet } from '@/utils/platforms/meet';
import { layOut, loadInto } from './load-fixture';

const CALL_URL = new URL('https://meet.google.com/abc-defg-hij?authuser=0');
const page = (file: string) => loadInto(document, 'meet', file);

afterEach(() => vi.restoreAllMocks());

describe('Meet adapter', () => {
  it('handles meet.google.com only', () => {
    expect(meet.matches(CALL_URL)).toBe(true);
    expect(meet.matches(new URL('https://meet.google.com/'))).toBe(true);
    expect(meet.matches(new URL('https://meet.google.com.example.org/abc-defg-hij'))).toBe(false);
    expect(meet.matches(new URL('https://calendar.google.com/'))).toBe(false);
  });

  it('is not in a call on the landing page', () => {
    expect(meet.isCall(page('landing.html'), new URL('https://meet.google.com/'))).toBe(false);
  });

  it('is not in a call in the lobby, which shares the call URL', () => {
    const doc = page('lobby.html');
    expect(doc.body.textContent).toContain('Join now');
    expect(meet.isCall(doc, CALL_URL)).toBe(false);
    expect(meet.controlsRect(doc)).toBeNull();
  });

  it('is in a call once the leave control is there, and reads the meeting', () => {
    const doc = page('call.html');
    expect(meet.isCall(doc, CALL_URL)).toBe(true);
    expect(meet.meetingInfo(doc, CALL_URL)).toEqual({
      meetingCode: 'abc-defg-hij',
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
      title: 'Phone screen: Ada Lovelace',
    });
  });

  it('needs the meeting-code URL as well as the leave control', () => {
    expect(meet.isCall(page('call.html'), new URL('https://meet.google.com/landing'))).toBe(false);
    expect(meet.isCall(page('call.html'), new URL('https://meet.google.com/_meet/abc-defg-hij'))).toBe(true);
  });

  it('is out of the call after leaving', () => {
    expect(meet.isCall(page('left.html'), CALL_URL)).toBe(false);
  });

  it('recognises the leave control by its call_end icon when the label is in another language and the jsname is gone', () => {
    const doc = page('call.html');
    const leave = doc.querySelector('[aria-label="Leave call"]')!;
    leave.setAttribute('aria-label', 'Poistu puhelusta');
    leave.removeAttribute('jsname');
    expect(meet.isCall(doc, CALL_URL)).toBe(true);
    leave.querySelector('i')!.textContent = 'phone';
    expect(meet.isCall(doc, CALL_URL)).toBe(false);
  });

  it('takes English and then localised labels as the last hints', () => {
    const doc = page('call.html');
    const leave = doc.querySelector('[aria-label="Leave call"]')!;
    leave.removeAttribute('jsname');
    leave.querySelector('i')!.remove();
    expect(meet.isCall(doc, CALL_URL)).toBe(true);
    for (const label of ['Anruf verlassen', 'Salir de la llamada', '通話から退出', 'Görüşmeden ayrıl']) {
      leave.setAttribute('aria-label', label);
      expect(meet.isCall(doc, CALL_URL), label).toBe(true);
    }
    leave.setAttribute('aria-label', 'Poistu puhelusta');
    expect(meet.isCall(doc, CALL_URL)).toBe(false);
  });

  it('finds a div[role=button] leave control drawn with .google-symbols, with or without aria-hidden', () => {
    const doc = page('call-de.html');
    const leave = doc.querySelector('[jsname="CQylAd"]')!;
    leave.removeAttribute('jsname');
    leave.setAttribute('aria-label', 'x');
    expect(meet.callControl(doc, new URL('https://meet.google.com/deu-tsch-neu'))).toBe(leave);
    leave.querySelector('.google-symbols')!.removeAttribute('aria-hidden');
    expect(meet.callControl(doc, new URL('https://meet.google.com/deu-tsch-neu'))).toBe(leave);
  });

  it('waits in the waiting room, which already shows the leave control, and is in the call once tiles appear', () => {
    const doc = page('waiting-es.html');
    const url = new URL('https://meet.google.com/esp-anol-sal');
    expect(meet.read(doc, url)).toMatchObject({ phase: 'lobby', control: null });
    const tile = doc.createElement('div');
    tile.setAttribute('data-participant-id', 'spaces/y/devices/7');
    doc.querySelector('[data-fixture-root]')!.append(tile);
    expect(meet.read(doc, url).phase).toBe('call');
    expect(meet.read(doc, url).control).toBe(doc.querySelector('[jsname="CQylAd"]'));
  });

  it('falls back to the tab title and drops titles that are only the code', () => {
    const doc = page('call.html');
    doc.querySelector('[data-meeting-title]')!.remove();
    expect(meet.meetingInfo(doc, CALL_URL).title).toBe('');
    doc.title = 'Meet – Weekly hiring sync';
    expect(meet.meetingInfo(doc, CALL_URL).title).toBe('Weekly hiring sync');
  });

  it('finds the bottom control bar around the leave button by geometry', () => {
    const doc = page('call.html');
    const leave = doc.querySelector('[aria-label="Leave call"]')!;
    const bar = { top: 688, left: 0, width: 1024, height: 80 };
    layOut(
      new Map([
        [leave, { top: 708, left: 600, width: 56, height: 40 }],
        [leave.parentElement!, { top: 700, left: 300, width: 420, height: 56 }],
        [leave.parentElement!.parentElement!, bar],
        [doc.querySelector('[data-fixture-root]')!, { top: 0, left: 0, width: 1024, height: 768 }],
      ]),
    );
    expect(meet.controlsRect(doc)).toEqual(bar);
  });

  it('prefers a labelled call-controls region when Meet provides one', () => {
    const doc = page('call.html');
    const region = doc.querySelector('[jsname="KZfz3b"]')!;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', 'Call controls');
    const box = { top: 700, left: 300, width: 420, height: 56 };
    layOut(new Map([[region, box]]));
    expect(meet.controlsRect(doc)).toEqual(box);
  });
});

describe('Meet control bar on screen', () => {
  it('ignores a bar measured outside the viewport (scrolled or sliding away)', () => {
    const doc = page('call.html');
    const region = doc.querySelector('[jsname="KZfz3b"]')!;
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', 'Call controls');
    layOut(new Map([[region, { top: 760, left: 300, width: 420, height: 56 }]]));
    expect(meet.findBar(doc)?.element).toBe(region);
    expect(meet.controlsRect(doc)).toBeNull();
  });
});
