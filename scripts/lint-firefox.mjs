#!/usr/bin/env node
// Mozilla's addons-linter (`web-ext lint`, the same rules AMO applies on upload) on the Firefox
// build, plus a scan of our own sources for the HTML and code-string sinks the linter cannot
// attribute. Fails on any linter error, and on any warning that is not explained below.
//
//   npm run lint:firefox            (builds first)
//   node scripts/lint-firefox.mjs   (lints the existing build in ${PANELIST_OUT_DIR ?? '.output'}/firefox-mv3)

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const buildDir = resolve(root, process.env.PANELIST_OUT_DIR ?? '.output', 'firefox-mv3');
const SOURCE_DIRS = ['components', 'entrypoints', 'utils'];
// Ways to turn a string into markup or code. Kit and user text must only ever reach the DOM as text.
const SINKS = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(/;

/**
 * Warnings we accept, each with the reason that goes into docs/permissions.md. `applies` gets the
 * flagged built code (about 300 characters either side) and the whole built file, and must prove
 * the warning is that known case.
 */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    reason:
      "react-dom's implementation of dangerouslySetInnerHTML (`el.innerHTML = props.dangerouslySetInnerHTML.__html`). " +
      'Panelist never passes that prop (checked by the source scan), so the branch never runs.',
    applies: (context) => /\.__html\b/.test(context) && /\.innerHTML\s*=/.test(context),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    reason:
      "Prism's markdown grammar, bundled in prism-react-renderer, re-highlights fenced code through Prism's autoloader " +
      'plugin (`el.innerHTML = Prism.highlight(el.textContent, ...)`). prism-react-renderer ships no autoloader ' +
      '(checked: nothing in the bundle sets plugins.autoloader), so the branch never runs.',
    applies: (context, file) =>
      /plugins\.autoloader\.loadLanguages/.test(context) && /\.innerHTML\s*=/.test(context) && !/plugins\.autoloader\s*=[^=]/.test(file),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    reason:
      "micromark's entity decoder (decode-named-character-reference, used by the desk's Markdown importer) turns " +
      '`&name;` into its character by setting innerHTML on a detached `<i>` that is never inserted in the page, and ' +
      'only for names micromark has already checked to be letters and digits, so no markup or script can come through.',
    applies: (context) =>
      /createElement\("i"\)/.test(context) && /"&"\s*\+\s*\w+\s*\+\s*";"/.test(context) && /\.innerHTML\s*=/.test(context),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    reason:
      "A false positive: mdast-util-from-markdown calls micromark's own `document()` tokenizer and its `.write(chunks)`, " +
      "which the linter reads as the DOM's `document.write`. It never touches the DOM.",
    applies: (context) => /\.document\(\)\.write\(/.test(context) && /canContainEols/.test(context),
  },
];

function runLinter() {
  const bin = join(root, 'node_modules', '.bin', 'web-ext');
  const result = spawnSync(bin, ['lint', '--source-dir', buildDir, '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start));
}

/** The built file a message points at, and about 300 characters either side of the position. */
function locate(message) {
  const path = message.file ? join(buildDir, message.file) : '';
  if (!path || !existsSync(path)) return { file: '', context: '' };
  const file = readFileSync(path, 'utf8');
  const line = file.split('\n')[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  return { file, context: line.slice(Math.max(0, column - 300), column + 300) };
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|js|jsx|mjs|html)$/.test(name)) yield path;
  }
}

function scanSources() {
  const hits = [];
  for (const dir of SOURCE_DIRS) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const file of sourceFiles(abs)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, index) => {
          if (SINKS.test(text)) hits.push(`${relative(root, file)}:${index + 1}: ${text.trim()}`);
        });
    }
  }
  return hits;
}

if (!existsSync(join(buildDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${relative(root, buildDir) || buildDir}: run \`npx wxt build -b firefox\` first.`);
  process.exit(2);
}

const report = runLinter();
const where = (m) => (m.file ? ` ${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : '');
const failures = [];
for (const m of report.errors) failures.push(`error ${m.code}${where(m)}: ${m.message}`);
for (const m of report.warnings) {
  const { file, context } = locate(m);
  const known = EXPLAINED.find((rule) => rule.code === m.code && rule.applies(context, file));
  if (known) console.log(`explained warning ${m.code}${where(m)}: ${known.reason}`);
  else failures.push(`warning ${m.code}${where(m)}: ${m.message}\n    ${m.description}`);
}
for (const m of report.notices) console.log(`notice ${m.code}${where(m)}: ${m.message}`);
for (const hit of scanSources()) failures.push(`HTML/code sink in our source (kit and user text must stay text): ${hit}`);

const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${relative(root, buildDir) || buildDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('OK: no errors, and every warning is explained (docs/permissions.md).');
