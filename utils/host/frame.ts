import { z } from 'zod';
import { PlatformSchema } from '../domain/interview/schema';
import { LAYOUT_WIDTH } from './frame-guards';

export { DEFAULT_LAYOUT } from './frame-guards';

/**
 * The messages between the host (the call page's content script, or the practice page) and the
 * panel iframe. They travel over a MessagePort the host hands to its own iframe after a key
 * exchange through the background (utils/host/channel.ts), never as window messages a call
 * page's own scripts could forge. Only layout and call facts cross here; everything stored goes
 * through the background.
 */
export const CallInfoSchema = z.object({
  platform: PlatformSchema,
  inCall: z.boolean(),
  meetingCode: z.string().default(''),
  meetingUrl: z.string().default(''),
  title: z.string().default(''),
});
export type CallInfo = z.infer<typeof CallInfoSchema>;

export const PanelLayoutSchema = z.object({
  collapsed: z.boolean(),
  side: z.enum(['left', 'right']),
  /** Width in CSS pixels of the expanded panel. */
  width: z.number().min(LAYOUT_WIDTH.min).max(LAYOUT_WIDTH.max),
});
export type PanelLayout = z.infer<typeof PanelLayoutSchema>;

/** host → panel */
export const HostToPanelSchema = z.discriminatedUnion('type', [
  z.object({ panelist: z.literal(1), type: z.literal('call'), call: CallInfoSchema }),
  z.object({ panelist: z.literal(1), type: z.literal('layout'), layout: PanelLayoutSchema }),
  /** A keyboard command forwarded from the background (pause/resume, next section). */
  z.object({ panelist: z.literal(1), type: z.literal('command'), command: z.enum(['toggle-timer', 'next-section']) }),
  /** Whether the window is too small for the panel beside the call's controls (the panel then suggests the side panel). */
  z.object({ panelist: z.literal(1), type: z.literal('fit'), cramped: z.boolean() }),
]);
export type HostToPanel = z.infer<typeof HostToPanelSchema>;

/** panel → host */
export const PanelToHostSchema = z.discriminatedUnion('type', [
  z.object({ panelist: z.literal(1), type: z.literal('ready') }),
  z.object({ panelist: z.literal(1), type: z.literal('layout'), layout: PanelLayoutSchema }),
  z.object({ panelist: z.literal(1), type: z.literal('close') }),
]);
export type PanelToHost = z.infer<typeof PanelToHostSchema>;
