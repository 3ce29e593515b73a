import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor } from '@/utils/platforms';
import { startHost } from './host';

/**
 * Places the in-call panel (panel.html in an iframe) on Meet, Zoom web and Teams web, and nothing
 * more: the panel itself talks to the background for everything it stores. The glue is in
 * host.ts (the host state machine's steps, the per-second check) and frame.ts (the iframe and
 * what keeps the call page from hiding or replacing it).
 *
 * WXT's content-script context is not used for the lifetime: a call page's script could end it
 * (it can forge the "a newer copy of this script started" event the context listens to). The
 * script stops itself when it is orphaned by an update instead (host.ts).
 */
export default defineContentScript({
  matches: [
    'https://meet.google.com/*',
    'https://*.zoom.us/wc/*',
    'https://teams.microsoft.com/*',
    'https://teams.cloud.microsoft/*',
    'https://teams.live.com/*',
  ],
  runAt: 'document_idle',
  main() {
    const adapter = adapterFor(location.href);
    if (adapter) startHost(adapter);
  },
});
