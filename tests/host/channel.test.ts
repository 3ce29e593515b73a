import { describe, expect, it } from 'vitest';
import { acceptConnect, readFrameHello, relayFrameHello } from '@/utils/host/channel';

const KEY = '0f8fad5b-d9cb-469f-a165-70867728950e';
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const panel = { id: EXT, url: `chrome-extension://${EXT}/panel.html`, frameId: 5, tab: { id: 42 } };

describe('the panel frame key', () => {
  it('is relayed from one of our own panel frames to the top frame of its tab, with the panel origin', () => {
    expect(relayFrameHello({ panelist: 1, type: 'frame-hello', key: KEY }, panel, EXT)).toEqual({
      tabId: 42,
      key: { panelist: 1, type: 'frame-key', key: KEY, origin: `chrome-extension://${EXT}` },
    });
    const firefox = { id: 'panelist@panelist.dev', url: 'moz-extension://4b3c-uuid/panel.html', tab: { id: 3 } };
    expect(relayFrameHello({ panelist: 1, type: 'frame-hello', key: KEY }, firefox, 'panelist@panelist.dev')?.key.origin).toBe(
      'moz-extension://4b3c-uuid',
    );
  });

  it('is not relayed from anything else', () => {
    const hello = { panelist: 1, type: 'frame-hello', key: KEY };
    expect(relayFrameHello(hello, { ...panel, id: 'another-extension' }, EXT)).toBeNull();
    expect(relayFrameHello(hello, { ...panel, url: 'https://meet.google.com/panel.html' }, EXT)).toBeNull();
    expect(relayFrameHello(hello, { ...panel, url: `chrome-extension://${EXT}/options.html` }, EXT)).toBeNull();
    expect(relayFrameHello(hello, { ...panel, tab: undefined }, EXT)).toBeNull();
    expect(relayFrameHello({ ...hello, key: 'guessable' }, panel, EXT)).toBeNull();
    expect(relayFrameHello({ panelist: 1, name: 'kits.list' }, panel, EXT)).toBeNull();
    expect(readFrameHello(hello)).toEqual(hello);
  });
});

describe("the host's port", () => {
  const port = { name: 'port' };
  it("is taken only with the panel's own key, and alone", () => {
    expect(acceptConnect({ panelist: 1, type: 'connect', key: KEY }, [port], KEY)).toBe(port);
    expect(acceptConnect({ panelist: 1, type: 'connect', key: '1f8fad5b-d9cb-469f-a165-70867728950e' }, [port], KEY)).toBeNull();
    expect(acceptConnect({ panelist: 1, type: 'connect' }, [port], KEY)).toBeNull();
    expect(acceptConnect({ panelist: 1, type: 'connect', key: KEY }, [], KEY)).toBeNull();
    expect(acceptConnect({ panelist: 1, type: 'connect', key: KEY }, [port, port], KEY)).toBeNull();
    expect(acceptConnect({ panelist: 1, type: 'command', command: 'next-section', key: KEY }, [port], KEY)).toBeNull();
  });
});
