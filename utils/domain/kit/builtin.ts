import { KitSchema, type Kit } from './schema';
import { middlewareArchitectKit } from './builtin/middleware-architect';

/** The kit a fresh install starts with. */
export const BUILTIN_KIT_ID = 'middleware-architect';

/**
 * Kits shipped with the extension. They go through KitSchema at module load,
 * so a bad edit to the data fails the first test (and the build's first run)
 * instead of reaching an interviewer mid-call.
 */
export const BUILTIN_KITS: Kit[] = [KitSchema.parse(middlewareArchitectKit)];

export function findBuiltinKit(id: string): Kit | undefined {
  return BUILTIN_KITS.find((kit) => kit.id === id);
}
