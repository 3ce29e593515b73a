import { z } from 'zod';
import { PlatformSchema } from '../domain/interview/schema';
import { LAYOUT_WIDTH } from './frame-guards';

export { DEFAULT_LAYOUT } from './frame-guards';

/**
 * window.postMessage between the content script (host side) and the panel iframe.
 * Only layout and call facts cross here; everything stored goes through the background.
 * Each side checks the other's origin/source before trusting a message.
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
]);
export type HostToPanel = z.infer<typeof HostToPanelSchema>;

/** panel → host */
export const PanelToHostSchema = z.discriminatedUnion('type', [
  z.object({ panelist: z.literal(1), type: z.literal('ready') }),
  z.object({ panelist: z.literal(1), type: z.literal('layout'), layout: PanelLayoutSchema }),
  z.object({ panelist: z.literal(1), type: z.literal('close') }),
]);
export type PanelToHost = z.infer<typeof PanelToHostSchema>;
