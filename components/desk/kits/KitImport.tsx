import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatLocalScore, formatNumber } from '@/utils/domain/format';
import { parseKit } from '@/utils/domain/kit/parse';
import type { KitInput } from '@/utils/domain/kit/schema';
import { importMarkdownGuide, type ReportItem } from '@/utils/domain/import/markdown';
import type { KitLibraryEntry } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { buttonPrimary, buttonQuiet, card, focusRing, inputBase, labelText, mutedText } from '@/components/common/styles';
import { KitPreview } from './KitPreview';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction } from '@/components/hooks/useStore';

/**
 * Import a kit from a JSON file or a Markdown interview guide. Nothing is saved until the
 * person has seen what was read: validation errors with their paths, and for a guide what was
 * recognised and what was left over (which they can fix in the guide right here, or accept).
 */

type Source = { kind: 'json'; name: string; kit: KitInput } | { kind: 'markdown'; name: string; markdown: string };

/** An id no installed kit uses: the kit's own, else `<id>-imported`, `<id>-imported-2`, … */
export function freeKitId(id: string, library: readonly KitLibraryEntry[]): string {
  const taken = (candidate: string) => library.some((e) => e.id === candidate);
  if (!taken(id)) return id;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${id}-imported` : `${id}-imported-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** "2 rounds, 5 questions, 3 scoring categories, offer threshold 3.5." */
function kitFigures(kit: { rounds: { sections: { questions: unknown[] }[] }[]; categories: unknown[]; offerThreshold?: number }): string {
  const questions = kit.rounds.flatMap((r) => r.sections.flatMap((s) => s.questions)).length;
  return i18n.t('desk.kitImport.figures', [
    i18n.t('desk.kits.rounds', kit.rounds.length, [formatNumber(kit.rounds.length)]),
    i18n.t('desk.kits.questions', questions, [formatNumber(questions)]),
    i18n.t('desk.kitImport.categories', kit.categories.length, [formatNumber(kit.categories.length)]),
    formatLocalScore(kit.offerThreshold),
  ]);
}

function ReportList({ title, items, empty }: { title: string; items: ReportItem[]; empty: string }) {
  return (
    <details open={items.length > 0 && items.length <= 40} className="text-sm">
      <summary className="cursor-pointer font-medium">{i18n.t('desk.kitImport.reportTitle', [title, formatNumber(items.length)])}</summary>
      {items.length === 0 ? (
        <p className={mutedText}>{empty}</p>
      ) : (
        // Long reports scroll; the list takes focus so the keyboard can scroll it too.
        <ul tabIndex={0} aria-label={title} className={`mt-1 max-h-72 space-y-0.5 overflow-auto ${focusRing}`}>
          {items.map((item, i) => (
            <li key={i}>
              <span className={mutedText}>
                {item.line
                  ? i18n.t('desk.kitImport.reportLine', [formatNumber(item.line), item.what])
                  : i18n.t('desk.kitImport.reportWhole', [item.what])}
              </span>{' '}
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function ImportPreview({ source, library, onDone }: { source: Source; library: readonly KitLibraryEntry[]; onDone(saved?: string): void }) {
  const [markdown, setMarkdown] = useState(source.kind === 'markdown' ? source.markdown : '');
  const guide = useDeferredValue(markdown);
  const imported = useMemo(() => (source.kind === 'markdown' ? importMarkdownGuide(guide) : null), [source.kind, guide]);
  const base: KitInput = source.kind === 'json' ? source.kit : imported!.kit;
  // Until the user types an id, propose a free one against the library as it loads; once saving
  // starts the proposal is fixed, so the saved kit itself does not make it move.
  const [typedId, setId] = useState<string | null>(null);
  const [fixedId, setFixedId] = useState<string | null>(null);
  const id = typedId ?? fixedId ?? freeKitId(base.id, library);
  const [title, setTitle] = useState(base.title);
  const parsed = useMemo(() => parseKit({ ...base, id: id.trim(), title: title.trim() }), [base, id, title]);
  const { outcome, run, busy } = useStoreAction();
  const ids = { heading: useId(), id: useId(), title: useId(), guide: useId(), errors: useId() };
  const existing = library.find((e) => e.id === id.trim());

  async function save() {
    if (!parsed.ok) return;
    const kit = parsed.kit;
    setFixedId(kit.id);
    await run(i18n.t('desk.kitImport.saving', [kit.title]), async () => {
      const saved = await request('kits.save', { kit });
      onDone(i18n.t('desk.kitImport.imported', [saved.title, saved.id, formatNumber(saved.version)]));
    });
  }

  return (
    <section aria-labelledby={ids.heading} className={`${card} space-y-3`}>
      <h4 id={ids.heading} className="font-semibold">
        {i18n.t('desk.kitImport.check', [source.name])}
      </h4>
      <div className="grid gap-2 sm:grid-cols-2">
        <div>
          <label htmlFor={ids.title} className={labelText}>
            {i18n.t('desk.kitImport.kitTitle')}
          </label>
          <input id={ids.title} className={inputBase} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div>
          <label htmlFor={ids.id} className={labelText}>
            {i18n.t('desk.kitImport.kitId')}
          </label>
          <input id={ids.id} className={inputBase} value={id} onChange={(e) => setId(e.target.value)} aria-describedby={`${ids.id}-note`} />
          <p id={`${ids.id}-note`} className={mutedText}>
            {existing
              ? existing.versions.includes(base.version)
                ? existing.builtIn
                  ? i18n.t('desk.kitImport.replacesBuiltIn', [existing.title, formatNumber(base.version)])
                  : i18n.t('desk.kitImport.replaces', [existing.title, formatNumber(base.version)])
                : i18n.t('desk.kitImport.addsVersion', [formatNumber(base.version), existing.title])
              : i18n.t('desk.kitImport.newKit')}
          </p>
        </div>
      </div>

      {parsed.ok ? (
        <p className="text-sm">{kitFigures(parsed.kit)}</p>
      ) : (
        <div role="alert" id={ids.errors} className="text-sm text-rose-700 dark:text-rose-300">
          <p className="font-medium">{i18n.t('desk.kitImport.notValidYet', parsed.errors.length, [formatNumber(parsed.errors.length)])}</p>
          <ul className="list-disc pl-5">
            {parsed.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}

      {imported && (
        <div className="space-y-2">
          <ReportList
            title={i18n.t('desk.kitImport.recognised')}
            items={imported.recognised}
            empty={i18n.t('desk.kitImport.nothingRecognised')}
          />
          <ReportList title={i18n.t('desk.kitImport.leftOver')} items={imported.leftOver} empty={i18n.t('desk.kitImport.nothingLeft')} />
          {imported.leftOver.length > 0 && <p className={mutedText}>{i18n.t('desk.kitImport.leftOverHint')}</p>}
          <div>
            <label htmlFor={ids.guide} className={labelText}>
              {i18n.t('desk.kitImport.guide')}
            </label>
            <textarea
              id={ids.guide}
              className={`${inputBase} h-48 font-mono text-xs`}
              value={markdown}
              onChange={(e) => setMarkdown(e.target.value)}
            />
          </div>
        </div>
      )}

      {parsed.ok && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{i18n.t('desk.kitImport.showWhole')}</summary>
          <KitPreview kit={parsed.kit} />
        </details>
      )}

      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonPrimary}
          onClick={save}
          disabled={!parsed.ok || busy}
          aria-describedby={parsed.ok ? undefined : ids.errors}
        >
          {i18n.t('desk.kitImport.save')}
        </button>
        <button type="button" className={buttonQuiet} onClick={() => onDone()}>
          {i18n.t('desk.kitImport.cancel')}
        </button>
      </div>
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

export function KitImport({ library }: { library: readonly KitLibraryEntry[] }) {
  const [source, setSource] = useState<Source | null>(null);
  const [refused, setRefused] = useState<{ name: string; errors: string[] } | null>(null);
  const [done, setDone] = useState('');
  const ids = { json: useId(), markdown: useId() };
  const inputs = { json: useRef<HTMLInputElement>(null), markdown: useRef<HTMLInputElement>(null) };

  async function readJson(file: File) {
    setDone('');
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch (error) {
      setSource(null);
      return setRefused({ name: file.name, errors: [i18n.t('desk.kitImport.notJson', [(error as Error).message])] });
    }
    const parsed = parseKit(raw);
    if (!parsed.ok) {
      setSource(null);
      return setRefused({ name: file.name, errors: parsed.errors });
    }
    setRefused(null);
    setSource({ kind: 'json', name: file.name, kit: parsed.kit });
  }

  async function readMarkdown(file: File) {
    setDone('');
    setRefused(null);
    setSource({ kind: 'markdown', name: file.name, markdown: await file.text() });
  }

  const reset = () => {
    for (const input of [inputs.json.current, inputs.markdown.current]) if (input) input.value = '';
  };

  return (
    <section aria-labelledby="kit-import-heading" className="space-y-2">
      <h3 id="kit-import-heading" className="text-base font-semibold">
        {i18n.t('desk.kitImport.title')}
      </h3>
      <div className="flex flex-wrap gap-6">
        <div>
          <label htmlFor={ids.json} className={labelText}>
            {i18n.t('desk.kitImport.jsonFile')}
          </label>
          <input
            id={ids.json}
            ref={inputs.json}
            type="file"
            accept="application/json,.json"
            className="mt-1 block text-sm"
            onChange={(e) => e.target.files?.[0] && void readJson(e.target.files[0])}
          />
        </div>
        <div>
          <label htmlFor={ids.markdown} className={labelText}>
            {i18n.t('desk.kitImport.markdownFile')}
          </label>
          <input
            id={ids.markdown}
            ref={inputs.markdown}
            type="file"
            accept=".md,.markdown,text/markdown,text/plain"
            className="mt-1 block text-sm"
            onChange={(e) => e.target.files?.[0] && void readMarkdown(e.target.files[0])}
          />
        </div>
      </div>
      {refused && (
        <div role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          <p className="font-medium">
            {i18n.t('desk.kitImport.notValid', refused.errors.length, [refused.name, formatNumber(refused.errors.length)])}
          </p>
          <ul className="list-disc pl-5">
            {refused.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {source && (
        <ImportPreview
          key={`${source.kind}:${source.name}`}
          source={source}
          library={library}
          onDone={(saved) => {
            setSource(null);
            reset();
            if (saved) setDone(saved);
          }}
        />
      )}
      <p role="status" className="text-sm">
        {done}
      </p>
    </section>
  );
}
