import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PanelLayoutSchema, PanelToHostSchema } from '@/utils/host/frame';
import { readLayout, readPanelToHost, readTabToHost } from '@/utils/host/frame-guards';

// The content script checks messages by hand (zod would triple its size); these must accept
// exactly what the zod schemas accept, and return the same value.
const TabToHostSchema = z.discriminatedUnion('type', [
  z.object({ panelist: z.literal(1), type: z.literal('toggle-panel') }),
  z.object({ panelist: z.literal(1), type: z.literal('command'), command: z.enum(['toggle-timer', 'next-section']) }),
  z.object({ panelist: z.literal(1), type: z.literal('panel-status') }),
  z.object({ panelist: z.literal(1), type: z.literal('frame-key'), key: z.string().regex(/^[0-9a-f-]{36}$/), origin: z.string() }),
]);

const layouts: unknown[] = [
  { collapsed: false, side: 'right', width: 380 },
  { collapsed: true, side: 'left', width: 280 },
  { collapsed: true, side: 'left', width: 720 },
  { collapsed: true, side: 'left', width: 279.5 },
  { collapsed: true, side: 'left', width: 721 },
  { collapsed: true, side: 'left', width: Number.NaN },
  { collapsed: true, side: 'left', width: Number.POSITIVE_INFINITY },
  { collapsed: true, side: 'left', width: '380' },
  { collapsed: 'yes', side: 'left', width: 380 },
  { collapsed: false, side: 'top', width: 380 },
  { collapsed: false, width: 380 },
  { collapsed: false, side: 'right', width: 400, extra: '<script>' },
  [],
  null,
  undefined,
  'layout',
  42,
];

const envelopes = (type: unknown, extra: Record<string, unknown> = {}) => [
  { panelist: 1, type, ...extra },
  { panelist: 2, type, ...extra },
  { panelist: '1', type, ...extra },
  { type, ...extra },
];

const panelMessages: unknown[] = [
  ...envelopes('ready'),
  ...envelopes('close'),
  ...layouts.flatMap((layout) => envelopes('layout', { layout })),
  ...envelopes('layout'),
  ...envelopes('call', { call: {} }),
  ...envelopes(undefined),
  ...layouts,
];

const tabMessages: unknown[] = [
  ...envelopes('toggle-panel'),
  ...envelopes('panel-status'),
  ...['toggle-timer', 'next-section', 'format-disk', undefined, 1].flatMap((command) => envelopes('command', { command })),
  ...envelopes('getKit'),
  ...envelopes('frame-key', { key: '0f8fad5b-d9cb-469f-a165-70867728950e', origin: 'chrome-extension://abc' }),
  ...envelopes('frame-key', { key: '0f8fad5b-d9cb-469f-a165-70867728950e' }),
  ...envelopes('frame-key', { key: 'not-a-key', origin: 'chrome-extension://abc' }),
  ...envelopes('frame-key', { key: 42, origin: 'chrome-extension://abc' }),
  { panelist: 1, name: 'kits.list', payload: {} },
  ...layouts,
];

function agree(schema: z.ZodType, guard: (value: unknown) => unknown, samples: unknown[]) {
  for (const sample of samples) {
    const parsed = schema.safeParse(sample);
    expect(guard(sample), JSON.stringify(sample) ?? String(sample)).toEqual(parsed.success ? parsed.data : null);
  }
}

describe('content-script message guards', () => {
  it('read layouts exactly as PanelLayoutSchema does', () => agree(PanelLayoutSchema, readLayout, layouts));
  it('read panel messages exactly as PanelToHostSchema does', () => agree(PanelToHostSchema, readPanelToHost, panelMessages));
  it('read toolbar/command messages exactly as their schema would', () => agree(TabToHostSchema, readTabToHost, tabMessages));
});
