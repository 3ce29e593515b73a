import type { z } from 'zod';

/** `rounds[3].sections[1].questions[0].prompt` from a zod issue path, optionally under a root name. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * One readable line per problem, each naming where it is, so a user (or a developer
 * reading a bug report) can find the bad field without a debugger.
 */
export function describeIssues(error: z.ZodError, root = '', limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = formatPath(issue.path, root);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - limit;
  if (more > 0) lines.push(`…and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines.join('; ');
}
