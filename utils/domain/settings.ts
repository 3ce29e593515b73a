import { z } from 'zod';

/**
 * The interviewer's preferences, one schema for every key (stored one row per key in the
 * store's `settings` table and carried by backups). Every field is optional: a view falls back
 * to its default when a key was never set.
 */
export const SettingsSchema = z.object({
  /** The name the start form fills in, remembered from the last interview started. */
  interviewerName: z.string().max(200).optional(),
  /** Sound alerts when a section runs out (off until turned on: others on the call could hear them). */
  soundAlerts: z.boolean().optional(),
  /** Name the candidate in reminder notifications (off until turned on: anyone who sees the screen can read them). */
  remindersShowCandidate: z.boolean().optional(),
  /** The kit and round the start form offers first. */
  lastKitId: z.string().optional(),
  lastRoundId: z.string().optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

/** A change to the settings: a key set to `null` is removed (back to its default). Unknown keys are refused. */
export const SettingsPatchSchema = z
  .object(
    Object.fromEntries(SETTING_KEYS.map((key) => [key, SettingsSchema.shape[key].unwrap().nullable().optional()])) as {
      [K in SettingKey]: z.ZodOptional<z.ZodNullable<(typeof SettingsSchema.shape)[K] extends z.ZodOptional<infer T> ? T : never>>;
    },
  )
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatchSchema>;

/**
 * Settings from stored rows. A row whose key is unknown (written by another version) or whose
 * value no longer fits is left out, so one bad row never hides the others.
 */
export function readSettings(rows: readonly { key: string; value: unknown }[]): Settings {
  const settings: Record<string, unknown> = {};
  for (const { key, value } of rows) {
    if (!(SETTING_KEYS as string[]).includes(key)) continue;
    const parsed = SettingsSchema.shape[key as SettingKey].safeParse(value);
    if (parsed.success && parsed.data !== undefined) settings[key] = parsed.data;
  }
  return settings as Settings;
}
