import { z } from 'zod';
import { migrateKit } from './migrate';
import { KitSchema, type Kit } from './schema';

/** A parsed kit, and what was in the file that this Panelist does not use (kept as it was). */
export type KitParseResult = { ok: true; kit: Kit; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Reads a kit from any source (imported JSON, converted Markdown, a backup):
 * upgrades it to the current schema, then validates it. Errors are lines a
 * person can act on, e.g. `rounds[3].sections[1].questions[0].prompt: required`.
 */
export function parseKit(raw: unknown): KitParseResult {
  const migrated = migrateKit(raw);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  // reportInput keeps the offending value on each issue so the message can say what was got.
  const result = KitSchema.safeParse(migrated.kit, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  const warnings: string[] = [];
  const kit = keepUnknown(migrated.kit, result.data, [], warnings) as Kit;
  return { ok: true, kit, warnings };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Fields the schema does not know are not dropped: a kit written by another tool, or a newer
 * Panelist, keeps them as they were, and each is named in a warning. Walks the input beside the
 * parsed kit and copies back what parsing left out.
 */
function keepUnknown(input: unknown, parsed: unknown, path: PropertyKey[], warnings: string[]): unknown {
  // One path array for the whole walk (pushed and popped), copied only into a warning: a big kit
  // has tens of thousands of nodes, and a copy per node was a measurable part of an import.
  if (Array.isArray(input) && Array.isArray(parsed))
    return parsed.map((item, i) => {
      if (i >= input.length || typeof item !== 'object' || item === null) return item;
      path.push(i);
      const kept = keepUnknown(input[i], item, path, warnings);
      path.pop();
      return kept;
    });
  if (!isPlainObject(input) || !isPlainObject(parsed)) return parsed;
  const out: Record<string, unknown> = {};
  for (const key in parsed) {
    const value = parsed[key];
    if (!(key in input) || typeof value !== 'object' || value === null) out[key] = value;
    else {
      path.push(key);
      out[key] = keepUnknown(input[key], value, path, warnings);
      path.pop();
    }
  }
  for (const key of Object.keys(input))
    if (!(key in parsed) && input[key] !== undefined) {
      out[key] = input[key];
      warnings.push(`${formatPath([...path, key])}: not a field Panelist uses; kept as it is`);
    }
  return out;
}

/** One line per issue: `<path>: <what was expected, what was got>`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`);
}

/** `['rounds', 3, 'title']` → `rounds[3].title`; the kit itself is `kit`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || 'kit';
}

const englishDefaults = z.locales.en().localeError;

function describeIssue(issue: z.core.$ZodIssue): string {
  const hasInput = 'input' in issue;
  const got = hasInput ? describeValue(issue.input) : undefined;
  // Messages written in the schema ('required', 'a round needs at least one section') are already
  // human; one that states an expectation also gets the offending value.
  if (!isZodDefaultMessage(issue)) {
    return got && /^expected\b/.test(issue.message) && !/\bgot\b/.test(issue.message) ? `${issue.message}, got ${got}` : issue.message;
  }
  switch (issue.code) {
    case 'invalid_type': {
      const received = hasInput ? got : /received (\S+)$/.exec(issue.message)?.[1];
      if (received === 'nothing' || received === 'undefined') return 'required';
      return `expected ${describeExpected(issue.expected)}, got ${received ?? 'something else'}`;
    }
    case 'too_small':
      return describeBound(issue, 'at least', got);
    case 'too_big':
      return describeBound(issue, 'at most', got);
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}${got ? `, got ${got}` : ''}`;
    case 'invalid_format':
      return `expected ${issue.format} format${got ? `, got ${got}` : ''}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}${got ? `, got ${got}` : ''}`;
    case 'unrecognized_keys':
      return `unexpected ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return `does not match any accepted form${got ? `, got ${got}` : ''}`;
    default:
      return issue.message;
  }
}

function isZodDefaultMessage(issue: z.core.$ZodIssue): boolean {
  const fallback = englishDefaults?.(issue as never);
  const text = typeof fallback === 'string' ? fallback : fallback?.message;
  if (issue.message === text) return true;
  // Without reportInput zod drops the input, so the default cannot be rebuilt exactly.
  return issue.code === 'invalid_type' && /^Invalid input: expected [^,]+, received \S+$/.test(issue.message);
}

type BoundIssue = z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig;

function describeBound(issue: BoundIssue, word: 'at least' | 'at most', got: string | undefined): string {
  const limit = 'minimum' in issue ? issue.minimum : issue.maximum;
  const exclusive = issue.inclusive === false;
  const input: unknown = 'input' in issue ? issue.input : undefined;
  switch (issue.origin) {
    case 'string':
      if (word === 'at least' && Number(limit) === 1) return 'required';
      return `expected ${word} ${String(limit)} characters${typeof input === 'string' ? `, got ${input.length}` : ''}`;
    case 'array':
    case 'set':
      return `expected ${word} ${String(limit)} ${Number(limit) === 1 ? 'item' : 'items'}${Array.isArray(input) ? `, got ${input.length}` : ''}`;
    default: {
      const sign = word === 'at least' ? (exclusive ? '>' : '≥') : exclusive ? '<' : '≤';
      return `expected a number ${sign} ${String(limit)}${got ? `, got ${got}` : ''}`;
    }
  }
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  literal: 'a fixed value',
};

function describeExpected(expected: string): string {
  return EXPECTED_NAMES[expected] ?? expected;
}

/** A short rendering of the offending value: `"ten"`, `42`, `a list of 3`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
