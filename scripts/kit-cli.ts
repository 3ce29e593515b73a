/**
 * Kits from the command line, for teams that keep their guides in git.
 *
 *   npm run kit -- import guide.md [--id my-kit]   kit JSON on stdout, report on stderr
 *   npm run kit -- check kit.json                  validate a kit file
 *
 * Exit status: 0 the result is a valid kit; 1 it is not (the reasons are on stderr);
 * 2 the command line is wrong or the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { GuideRefused, importMarkdownGuide, type ImportResult, type ReportItem } from '../utils/domain/import/markdown';
import { parseKit } from '../utils/domain/kit/parse';
import type { Kit } from '../utils/domain/kit/schema';

const USAGE = `Usage:
  npm run kit -- import <guide.md> [--id <kit-id>]   Markdown guide → kit JSON on stdout, report on stderr
  npm run kit -- check <kit.json>                    validate a kit file

Exit status: 0 valid kit, 1 invalid kit (reasons on stderr), 2 usage error or unreadable file.`;

/** Exit status 2: a wrong command line (usage is shown) or an unreadable file (it is not). */
class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (command === 'import') return runImport(rest);
    if (command === 'check') return runCheck(rest);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(error.showUsage ? `kit: ${error.message}\n\n${USAGE}\n` : `kit: ${error.message}\n`);
    return 2;
  }
}

function runImport(args: string[]): number {
  const { file, id } = parseArgs(args, ['--id']);
  let result: ImportResult;
  try {
    result = importMarkdownGuide(readText(file), { id });
  } catch (error) {
    // Empty, binary, too large or too deeply nested: the named problem, and no kit.
    if (!(error instanceof GuideRefused)) throw error;
    process.stderr.write(`${file}: not a guide Panelist can read: ${error.message}\n`);
    return 1;
  }
  const kit = result.parsed.ok ? result.parsed.kit : result.kit;
  process.stdout.write(`${JSON.stringify(kit, null, 2)}\n`);
  process.stderr.write(formatReport(file, result));
  return result.parsed.ok ? 0 : 1;
}

function runCheck(args: string[]): number {
  const { file } = parseArgs(args, []);
  let raw: unknown;
  try {
    raw = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    process.stderr.write(`${file}: not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const parsed = parseKit(raw);
  if (!parsed.ok) {
    process.stderr.write(`${file}: not a valid kit:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 1;
  }
  for (const warning of parsed.warnings) process.stderr.write(`${file}: ${warning}\n`);
  process.stderr.write(`${file}: ${summarise(parsed.kit)}\n`);
  return 0;
}

function parseArgs(args: string[], valueFlags: string[]): { file: string; id?: string } {
  const files: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (valueFlags.includes(arg)) {
      const value = args[++i];
      if (!value) throw new UsageError(`${arg} needs a value`);
      values[arg] = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'give exactly one file' : 'no file given');
  return { file: files[0]!, id: values['--id'] };
}

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, false);
  }
}

function formatReport(file: string, result: ImportResult): string {
  const line = (item: ReportItem) => {
    const where = item.line > 0 ? `line ${item.line}`.padEnd(9) : '-'.padEnd(9);
    const text = item.text.split('\n')[0]!.trim();
    const more = item.text.includes('\n') ? ' …' : '';
    return `  ${where} ${item.what}: ${text.length > 110 ? `${text.slice(0, 107)}...` : text}${more}`;
  };
  const out = [
    `${file}`,
    `Recognised (${result.recognised.length}):`,
    ...result.recognised.map(line),
    result.leftOver.length ? `Left over (${result.leftOver.length}), not part of the kit:` : 'Left over: nothing.',
    ...result.leftOver.map(line),
    result.parsed.ok
      ? `Result: ${summarise(result.parsed.kit)}`
      : `Result: not a valid kit:\n${result.parsed.errors.map((e) => `  ${e}`).join('\n')}`,
  ];
  return `${out.join('\n')}\n`;
}

function summarise(kit: Kit): string {
  const sections = kit.rounds.reduce((n, r) => n + r.sections.length, 0);
  const questions = kit.rounds.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.questions.length, 0), 0);
  return `valid kit "${kit.id}" v${kit.version}: ${kit.rounds.length} rounds, ${sections} sections, ${questions} questions, ${kit.categories.length} categories`;
}

process.exitCode = main(process.argv.slice(2));
