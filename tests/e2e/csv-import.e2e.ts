import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import type { InterviewBundle } from '../../utils/protocol';
import { call, openDesk } from '../support/e2e-desk';
import { excelSemicolons, excelUnicodeText, excelWindows1252, rewrite } from '../domain/csv/resave';

/**
 * A colleague's scorecard CSV reaching the debrief the ways real files do, in the built extension
 * in real Chromium: re-saved by Excel as semicolons, as UTF-16 "Unicode text" and as
 * Windows-1252 (each read, and the way it was read named), edited after submission (read, and
 * named as edited), and over the 20 MB limit (refused by name). The files are decoded in the
 * debrief's read-files worker (components/debrief/files): it loads under the extension's
 * script-src 'self' policy, or none of this is read.
 */

let work: string;
let theirs: Launched | undefined;
let mine: Launched | undefined;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'panelist-csv-e2e-'));
});
afterAll(async () => {
  await theirs?.close();
  await mine?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Kim's submitted phone screen of José Núñez, exported per question from her own browser. */
async function kimsExport(): Promise<string> {
  theirs = await launchChromium();
  const page = await openDesk(theirs);
  const { interview } = await call<InterviewBundle>(page, 'interviews.start', {
    candidateName: 'José Núñez',
    kitId: 'middleware-architect',
    roundId: 'phone-screen',
    interviewer: 'Kim',
    platform: 'practice',
  });
  await call(page, 'interviews.update', {
    id: interview.id,
    patch: { categoryRatings: { django: 4, communication: 4 }, decisionId: 'yes', decisionReason: 'Solid, some gaps' },
  });
  await call(page, 'interviews.submit', { id: interview.id });
  return (await call<{ csv: string }>(page, 'export.csv', { shape: 'items', ids: [interview.id] })).csv;
}

it('reads re-saved files, names an edited one and refuses an oversized one, decoding in the CSV worker', async () => {
  const exported = await kimsExport();
  const files: Record<string, string | Uint8Array> = {
    'kim-semicolons.csv': excelSemicolons(exported),
    'kim-unicode-text.txt': excelUnicodeText(exported),
    'kim-windows-1252.csv': excelWindows1252(exported),
    'kim-edited.csv': rewrite(exported, (_, rows) => {
      rows.find((r) => r.question_id === 'category:django')!.score = '1';
    }),
    // Over 20 MB: the export's rows over and over (refused by its size, so what they say does not matter).
    'everything.csv': exported + exported.slice(exported.indexOf('\n') + 1).repeat(Math.ceil((24 * 1024 * 1024) / exported.length)),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(work, name), content);

  mine = await launchChromium();
  const page = await openDesk(mine, '#/debrief');
  const policyViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) policyViolations.push(message.text());
  });
  page.on('pageerror', (error) => policyViolations.push(error.message));
  // The drop is over the in-page limit (1 MB): it must be read in the bundled read-files worker.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // This browser holds no scorecard of José Núñez: the debrief is started for him by name.
  const start = page.getByRole('form', { name: 'Start a debrief' });
  await start.getByLabel('Candidate name').fill('José Núñez');
  await start.getByLabel('Your name (you run the meeting)').fill('Sam');
  await start.getByRole('button', { name: 'Start the debrief' }).click();
  await page.getByRole('heading', { name: 'Debrief: José Núñez', level: 2 }).waitFor();
  await page.getByLabel('Or choose CSV scorecards').setInputFiles(Object.keys(files).map((name) => join(work, name)));

  const notes = (name: string) => page.getByRole('list', { name: `Notes on ${name}` });
  await notes('kim-semicolons.csv')
    .getByText(/columns separated by semicolons/)
    .waitFor();
  await notes('kim-unicode-text.txt')
    .getByText(/columns separated by tabs \(as Excel saves "Unicode text"\)/)
    .waitFor();
  await notes('kim-windows-1252.csv')
    .getByText(/not UTF-8 \(line \d+ has the byte 0xE9.*read as Windows-1252/)
    .waitFor();
  await notes('kim-edited.csv')
    .getByText(/edited after submission: its cells no longer match its seal/)
    .waitFor();
  await page
    .getByRole('list', { name: 'Problems in everything.csv' })
    .getByText(/^everything\.csv: the file is 2\d\.\d MB, over the 20\.0 MB a scorecard CSV may be/)
    .waitFor();
  // Read right: the name comes through every encoding, and only the edited file reads as edited.
  for (const name of ['kim-semicolons.csv', 'kim-unicode-text.txt', 'kim-windows-1252.csv'])
    expect(
      await notes(name)
        .getByText(/edited after submission|not sealed/)
        .count(),
      name,
    ).toBe(0);
  // The four readable files hold Kim's one scorecard: counted once, the edited copy set aside for
  // the facilitator to choose, and kept out of view until this browser's own is submitted.
  await notes('kim-windows-1252.csv')
    .getByText(/also in kim-semicolons\.csv, kim-unicode-text\.txt, identical; counted once/)
    .waitFor();
  await page.getByText(/^kim-edited\.csv: interview .* with different scores; .*choose in the debrief$/).waitFor();
  await page.getByText(/^1 other scorecard is hidden until you submit your own scorecard for José Núñez/).waitFor();
  expect(policyViolations).toEqual([]);
  expect(
    workers.filter((url) => /\/read-files\.worker[-.\w]*\.js$/.test(url)),
    workers.join(', '),
  ).toHaveLength(1);
});
