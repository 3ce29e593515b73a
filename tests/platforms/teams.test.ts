// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { teams } from '@/utils/platforms/teams';
import { layOut, loadInto } from './load-fixture';

// Teams joins without a URL change: the same URL serves the app, the pre-join screen and the call.
const APP_URL = new URL('https://teams.microsoft.com/v2/');
const page = (file: string) => loadInto(document, 'teams', file);

afterEach(() => vi.restoreAllMocks());

describe('Teams adapter', () => {
  it('handles every Teams web host only', () => {
    expect(teams.matches(APP_URL)).toBe(true);
    expect(teams.matches(new URL('https://teams.live.com/v2/'))).toBe(true);
    expect(teams.matches(new URL('https://teams.cloud.microsoft/v2/'))).toBe(true);
    expect(teams.matches(new URL('https://teams.live.com/light-meetings/launch?p=x'))).toBe(true);
    expect(teams.matches(new URL('https://teams.cloud.microsoft.example.net/'))).toBe(false);
    expect(teams.matches(new URL('https://teams.microsoft.com.example.net/'))).toBe(false);
  });

  it('is not in a call in the app, even next to a chat "Leave" button', () => {
    const doc = page('app.html');
    expect(doc.querySelector('[aria-label="Leave"]')).not.toBeNull();
    expect(teams.isCall(doc, APP_URL)).toBe(false);
  });

  it('is not in a call on the pre-join screen', () => {
    expect(teams.isCall(page('prejoin.html'), APP_URL)).toBe(false);
  });

  it('is in a call when the hang-up control is there, and reads the meeting', () => {
    const doc = page('call.html');
    expect(teams.isCall(doc, APP_URL)).toBe(true);
    expect(teams.meetingInfo(doc, APP_URL)).toEqual({ meetingCode: '', meetingUrl: '', title: 'Phone screen: Linus Torvalds' });
  });

  it('reads the meeting thread from a meetup-join link, in the path or the v2 hash', () => {
    const doc = page('call.html');
    const thread = '19:meeting_NjQ1@thread.v2';
    const inHash = new URL(`https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/${encodeURIComponent(thread)}/0`);
    const inPath = new URL(`https://teams.live.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=x`);
    expect(teams.meetingInfo(doc, inHash)).toMatchObject({
      meetingCode: thread,
      meetingUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0`,
    });
    expect(teams.meetingInfo(doc, inPath).meetingCode).toBe(thread);
  });

  it('recognises other call-related hang-up buttons and ignores "Leave" labels outside the call toolbar', () => {
    const doc = page('call.html');
    const hangup = doc.querySelector('#hangup-button')!;
    hangup.removeAttribute('id');
    hangup.setAttribute('data-tid', 'call-end-button');
    expect(teams.isCall(doc, APP_URL)).toBe(true);
    hangup.setAttribute('data-tid', 'team-leave');
    // Still inside the call's toolbar: its English label is a (last) hint.
    expect(teams.isCall(doc, APP_URL)).toBe(true);
    doc.querySelector('[data-tid="video-gallery"]')!.append(hangup);
    expect(teams.isCall(doc, APP_URL)).toBe(false);
  });

  it('finds a hang-up control marked only with data-inp, and waits in the lobby that already shows it', () => {
    const cloud = new URL('https://teams.cloud.microsoft/v2/');
    const lobby = page('lobby-de.html');
    expect(lobby.querySelector('[data-inp="hangup-button"]')).not.toBeNull();
    expect(teams.read(lobby, cloud).phase).toBe('lobby');
    const call = page('call-de.html');
    expect(teams.callControl(call, cloud)).toBe(call.querySelector('[data-inp="hangup-button"]'));
  });

  it('does not take a lobby notice shown to the organiser in the call for the lobby', () => {
    const doc = page('call-de.html');
    const notice = doc.createElement('div');
    notice.setAttribute('data-tid', 'lobby-notification');
    notice.textContent = 'Jemand wartet im Wartebereich';
    doc.body.append(notice);
    expect(teams.isCall(doc, APP_URL)).toBe(true);
  });

  it('takes the title from the tab when the call header has none, dropping generic ones', () => {
    const doc = page('call.html');
    doc.querySelector('[data-tid="call-title"]')!.remove();
    expect(teams.meetingInfo(doc, APP_URL).title).toBe('Phone screen: Linus Torvalds');
    doc.title = 'Microsoft Teams';
    expect(teams.meetingInfo(doc, APP_URL).title).toBe('');
  });

  it('finds the call controls bar at the top of the call', () => {
    const doc = page('call.html');
    const bar = { top: 48, left: 0, width: 1024, height: 56 };
    layOut(new Map([[doc.querySelector('[data-tid="calling-unified-bar"]')!, bar]]));
    expect(teams.controlsRect(doc)).toEqual(bar);
  });
});
