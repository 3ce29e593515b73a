import type { KitInput } from '../../schema';

/** A round as written in a kit file: fields with defaults may be left out. */
export type RoundInput = KitInput['rounds'][number];
