import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';

/**
 * axe-core inside a real page or frame of the built extension.
 *
 *   const problems = await seriousViolations(frame);
 *   expect(problems, formatViolations(problems)).toEqual([]);
 *
 * The source is evaluated by the automation protocol (CDP in Chromium, WebDriver BiDi in Firefox)
 * rather than added as a <script>: extension pages forbid inline scripts in their CSP, and
 * evaluation from the driver is not subject to it. Works on Playwright and Puppeteer frames alike.
 */

/** A page or frame to evaluate in: Playwright (Chromium) or Puppeteer (Firefox). */
export type AxeTarget = Frame | Page | PuppeteerFrame | PuppeteerPage;

/** The one call both libraries share: evaluate a function without arguments, or a source string. */
interface Evaluates {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate(source: string): Promise<unknown>;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** What the axe global looks like from page.evaluate (no axe types for the page's window). */
interface AxeGlobal {
  axe: {
    run(
      context: Document,
      options: object,
    ): Promise<{
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    }>;
  };
}

/** Load axe-core into the document once (a reload or a new frame needs it again). */
async function ensureAxe(target: Evaluates): Promise<void> {
  const present = await target.evaluate(() => typeof (globalThis as unknown as Partial<AxeGlobal>).axe?.run === 'function');
  if (!present) await target.evaluate(AXE_SOURCE);
}

/** Every axe violation in the document, with the elements at fault. */
export async function axeViolations(target: AxeTarget): Promise<AxeViolation[]> {
  const evaluator = target as unknown as Evaluates;
  await ensureAxe(evaluator);
  return evaluator.evaluate(async () => {
    const { axe } = globalThis as unknown as AxeGlobal;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html, summary: n.failureSummary ?? '' })),
    }));
  });
}

const BLOCKING = new Set(['serious', 'critical']);

/** Violations of impact serious or critical: the ones the suite does not accept. */
export async function seriousViolations(target: AxeTarget): Promise<AxeViolation[]> {
  return (await axeViolations(target)).filter((v) => v.impact !== null && BLOCKING.has(v.impact));
}

/** A readable report of violations, for the assertion message. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n');
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/**
 * axe on what a Playwright page shows (or `target`, a frame in it), in the light theme and then the
 * dark one, each once the document reports it: no serious or critical violation. Leaves the page light.
 */
export async function expectAccessible(page: Page, screen: string, target: Page | Frame = page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect
      .poll(() => target.evaluate((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, colorScheme === 'dark'))
      .toBe(true);
    const violations = await seriousViolations(target);
    expect(violations, `axe on the ${screen} (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
