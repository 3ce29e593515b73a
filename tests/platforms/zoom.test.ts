// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zoom } from '@/utils/platforms/zoom';
import { layOut, loadInto, loadZoom } from './load-fixture';

const JOIN_URL = new URL('https://app.zoom.us/wc/123456789/join?fromPWA=1');

afterEach(() => vi.restoreAllMocks());

describe('Zoom adapter', () => {
  it('handles the web client on zoom.us hosts only', () => {
    expect(zoom.matches(JOIN_URL)).toBe(true);
    expect(zoom.matches(new URL('https://us02web.zoom.us/wc/join/123456789'))).toBe(true);
    expect(zoom.matches(new URL('https://app.zoom.us/wc/home'))).toBe(true);
    expect(zoom.matches(new URL('https://zoom.us/j/123456789'))).toBe(false);
    expect(zoom.matches(new URL('https://evilzoom.us/wc/123456789/join'))).toBe(false);
  });

  it('is not in a call on the web client home page', () => {
    const doc = loadInto(document, 'zoom', 'home.html');
    expect(zoom.isCall(doc, new URL('https://app.zoom.us/wc/home'))).toBe(false);
  });

  it('is not in a call on the pre-join screen inside iframe#webclient', () => {
    loadZoom('webclient-prejoin.html');
    expect(zoom.isCall(document, JOIN_URL)).toBe(false);
  });

  it('is in a call when the frame shows the Leave button, and reads the meeting', () => {
    loadZoom('webclient-call.html');
    expect(zoom.isCall(document, JOIN_URL)).toBe(true);
    expect(zoom.isCall(document, new URL('https://us02web.zoom.us/wc/join/123456789'))).toBe(true);
    expect(zoom.meetingInfo(document, JOIN_URL)).toEqual({
      meetingCode: '123456789',
      meetingUrl: 'https://app.zoom.us/j/123456789',
      title: 'Phone screen: Grace Hopper',
    });
  });

  it('needs a meeting URL: the same UI under /wc/home is no call', () => {
    loadZoom('webclient-call.html');
    expect(zoom.isCall(document, new URL('https://app.zoom.us/wc/home'))).toBe(false);
  });

  it('is out of the call after leaving', () => {
    loadZoom('webclient-left.html');
    expect(zoom.isCall(document, JOIN_URL)).toBe(false);
  });

  it('takes the footer leave class as a second hint when the label is missing', () => {
    const { inner } = loadZoom('webclient-call.html');
    inner.querySelector('.footer__leave-btn')!.removeAttribute('aria-label');
    expect(zoom.isCall(document, JOIN_URL)).toBe(true);
    inner.querySelector('.footer__leave-btn')!.className = 'zm-btn';
    expect(zoom.isCall(document, JOIN_URL)).toBe(false);
  });

  it('reads a meeting rendered straight into the top document', () => {
    loadInto(document, 'zoom', 'webclient-call.html');
    expect(zoom.isCall(document, JOIN_URL)).toBe(true);
  });

  it('drops generic tab titles', () => {
    const { inner } = loadZoom('webclient-call.html');
    inner.querySelector('.meeting-info-container__topic')!.remove();
    expect(zoom.meetingInfo(document, JOIN_URL).title).toBe('');
  });

  it('reports the footer in the top page coordinates (frame offset added)', () => {
    const { frame, inner } = loadZoom('webclient-call.html');
    const innerProto = (inner.defaultView as unknown as { Element: typeof Element }).Element.prototype;
    layOut(
      new Map<Element, { top: number; left: number; width: number; height: number }>([
        [frame, { top: 40, left: 10, width: 1000, height: 700 }],
        [inner.querySelector('#wc-footer')!, { top: 636, left: 0, width: 1000, height: 64 }],
      ]),
      [Element.prototype, innerProto],
    );
    expect(zoom.controlsRect(document)).toEqual({ top: 676, left: 10, width: 1000, height: 64 });
  });

  it('finds the footer around the Leave button by geometry when the id is gone', () => {
    const { frame, inner } = loadZoom('webclient-call.html');
    const footer = inner.querySelector('#wc-footer')!;
    footer.removeAttribute('id');
    footer.removeAttribute('role');
    const leave = inner.querySelector('.footer__leave-btn')!;
    const innerProto = (inner.defaultView as unknown as { Element: typeof Element }).Element.prototype;
    layOut(
      new Map<Element, { top: number; left: number; width: number; height: number }>([
        [frame, { top: 0, left: 0, width: 1000, height: 700 }],
        [leave, { top: 652, left: 900, width: 80, height: 32 }],
        [footer, { top: 636, left: 0, width: 1000, height: 64 }],
        [footer.parentElement!, { top: 0, left: 0, width: 1000, height: 700 }],
      ]),
      [Element.prototype, innerProto],
    );
    expect(zoom.controlsRect(document)).toEqual({ top: 636, left: 0, width: 1000, height: 64 });
  });
});

describe('Zoom: hosts, waiting rooms and a footer that slides away', () => {
  const HOST_URL = new URL('https://app.zoom.us/wc/222333444/join');

  it('handles vanity subdomains and both web-client path forms', () => {
    expect(zoom.matches(new URL('https://acme.zoom.us/wc/join/555666777'))).toBe(true);
    expect(zoom.isCall(loadInto(document, 'zoom', 'top-call-es.html'), new URL('https://acme.zoom.us/wc/join/555666777'))).toBe(true);
    expect(zoom.isCall(document, new URL('https://acme.zoom.us/wc/555666777/start'))).toBe(true);
    expect(zoom.isCall(document, new URL('https://acme.zoom.us/wc/555666777/chat'))).toBe(false);
  });

  it("finds the host's End control by its container when the footer's classes were renamed", () => {
    const { inner } = loadZoom('webclient-host-de.html');
    expect(inner.querySelector('#wc-footer, .footer__leave-btn')).toBeNull();
    expect(zoom.callControl(document, HOST_URL)).toBe(inner.querySelector('[aria-label="Beenden"]'));
  });

  it('waits in the waiting room even though it has a leave button', () => {
    const { inner } = loadZoom('webclient-waiting-de.html');
    expect(inner.querySelector('.wr-leave-btn')).not.toBeNull();
    expect(zoom.read(document, HOST_URL).phase).toBe('lobby');
  });

  it('finds the renamed footer around the End control, and reports nothing while it is slid off-screen', () => {
    const { frame, inner } = loadZoom('webclient-host-de.html');
    const footer = inner.querySelector('footer')!;
    const end = inner.querySelector('[aria-label="Beenden"]')!;
    const innerProto = (inner.defaultView as unknown as { Element: typeof Element }).Element.prototype;
    const boxes = new Map<Element, { top: number; left: number; width: number; height: number }>([
      [frame, { top: 0, left: 0, width: 1024, height: 768 }],
      [end, { top: 720, left: 900, width: 90, height: 32 }],
      [end.parentElement!, { top: 716, left: 890, width: 110, height: 40 }],
      [footer, { top: 704, left: 0, width: 1024, height: 64 }],
      [footer.parentElement!, { top: 0, left: 0, width: 1024, height: 768 }],
    ]);
    layOut(boxes, [Element.prototype, innerProto]);
    expect(zoom.findBar(document)?.element).toBe(footer);
    expect(zoom.controlsRect(document)).toEqual({ top: 704, left: 0, width: 1024, height: 64 });
    // Idle: the footer slides down by its own height; it is still there, but not on screen.
    boxes.set(footer, { top: 768, left: 0, width: 1024, height: 64 });
    boxes.set(end, { top: 784, left: 900, width: 90, height: 32 });
    expect(zoom.controlsRect(document)).toBeNull();
    expect(zoom.isCall(document, HOST_URL)).toBe(true);
  });
});
