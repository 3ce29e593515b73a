import { useDeferredValue, useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { parseKit } from '@/utils/domain/kit/parse';
import { KitShapeSchema, type Kit, type KitInput } from '@/utils/domain/kit/schema';
import { applyFixes, type LeftOverFix } from '@/utils/domain/import/fixes';
import type { ImportResult } from '@/utils/domain/import/markdown';
import type { KitLibraryEntry } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { Progress } from '@/components/common/Progress';
import { buttonPrimary, buttonQuiet, buttonSecondary, card, inputBase, labelText, mutedText } from '@/components/common/styles';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction } from '@/components/hooks/useStore';
import { GuideReport, importSummary } from './GuideReport';
import { KitEditor } from './KitEditor';
import { KitPreview } from './KitPreview';
import { useGuideImport } from './useGuideImport';

export type ImportSource = { kind: 'json'; name: string; kit: KitInput } | { kind: 'markdown'; name: string; markdown: string };

/** An id no installed kit uses: the kit's own, else `<id>-imported`, `<id>-imported-2`, … */
export function freeKitId(id: string, library: readonly KitLibraryEntry[]): string {
  const taken = (candidate: string) => library.some((e) => e.id === candidate);
  if (!taken(id)) return id;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${id}-imported` : `${id}-imported-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

function IdNote({ existing, version }: { existing: KitLibraryEntry | undefined; version: number }) {
  if (!existing) return <>{i18n.t('desk.kitImport.newKit')}</>;
  if (!existing.versions.includes(version)) return <>{i18n.t('desk.kitImport.addsVersion', [formatNumber(version), existing.title])}</>;
  return existing.builtIn ? (
    <>{i18n.t('desk.kitImport.replacesBuiltIn', [existing.title, formatNumber(version)])}</>
  ) : (
    <>{i18n.t('desk.kitImport.replaces', [existing.title, formatNumber(version)])}</>
  );
}

function GuideState({ markdown, children }: { markdown: string; children(result: ImportResult | null, refused: string): React.ReactNode }) {
  const state = useGuideImport(markdown);
  if (state.kind === 'working')
    return (
      <div className="space-y-1">
        <Progress label={i18n.t('desk.kitSources.reading')} done={state.done} total={state.total} />
        <button type="button" className={buttonSecondary} onClick={state.cancel}>
          {i18n.t('desk.kitSources.cancelReading')}
        </button>
      </div>
    );
  if (state.kind === 'cancelled') return <>{children(null, i18n.t('desk.kitSources.cancelled'))}</>;
  if (state.kind === 'failed') return <>{children(null, state.message)}</>;
  return <>{children(state.task.ok ? state.task.result : null, state.task.ok ? '' : state.task.message)}</>;
}

export function ImportPreview({
  source,
  library,
  onDone,
}: {
  source: ImportSource;
  library: readonly KitLibraryEntry[];
  onDone(saved?: string): void;
}) {
  const [markdown, setMarkdown] = useState(source.kind === 'markdown' ? source.markdown : '');
  const guide = useDeferredValue(markdown);
  const ids = { heading: useId(), guide: useId() };
  const body =
    source.kind === 'json' ? (
      <Checked base={source.kit} library={library} onDone={onDone} />
    ) : (
      <GuideState markdown={guide}>
        {(result, refused) => (
          <>
            {refused && (
              <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
                {refused}
              </p>
            )}
            {result && <GuideChecked result={result} source={guide} library={library} onDone={onDone} />}
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
          </>
        )}
      </GuideState>
    );
  return (
    <section aria-labelledby={ids.heading} className={`${card} space-y-3`}>
      <h4 id={ids.heading} className="font-semibold">
        {i18n.t('desk.kitImport.check', [source.name])}
      </h4>
      {body}
      <button type="button" className={buttonQuiet} onClick={() => onDone()}>
        {i18n.t('desk.kitImport.cancel')}
      </button>
    </section>
  );
}

function GuideChecked({
  result,
  source,
  library,
  onDone,
}: {
  result: ImportResult;
  source: string;
  library: readonly KitLibraryEntry[];
  onDone(saved?: string): void;
}) {
  const [fixes, setFixes] = useState<LeftOverFix[]>([]);
  const fixed = useMemo(() => applyFixes(result, fixes), [result, fixes]);
  return (
    <Checked base={fixed.kit} library={library} onDone={onDone}>
      <GuideReport result={fixed} source={source} onFix={(fix) => setFixes((f) => [...f, fix])} />
    </Checked>
  );
}

/** The kit as it would be saved: its id and title, what is wrong with it, the whole kit, and Save / Edit first. */
function Checked({
  base,
  library,
  onDone,
  children,
}: {
  base: KitInput;
  library: readonly KitLibraryEntry[];
  onDone(saved?: string): void;
  children?: React.ReactNode;
}) {
  // Until the user types an id, propose a free one; once saving starts the proposal is fixed.
  const [typedId, setId] = useState<string | null>(null);
  const [fixedId, setFixedId] = useState<string | null>(null);
  const id = typedId ?? fixedId ?? freeKitId(base.id, library);
  const [title, setTitle] = useState(base.title);
  const [editing, setEditing] = useState<Kit | null>(null);
  const candidate = useMemo(() => ({ ...base, id: id.trim(), title: title.trim() }), [base, id, title]);
  const parsed = useMemo(() => parseKit(candidate), [candidate]);
  const shape = useMemo(() => KitShapeSchema.safeParse(candidate), [candidate]);
  const { outcome, run, busy } = useStoreAction();
  const ids = { id: useId(), title: useId(), errors: useId() };
  const saved = (kit: { title: string; id: string; version: number }) =>
    onDone(i18n.t('desk.kitImport.imported', [kit.title, kit.id, formatNumber(kit.version)]));

  if (editing) return <KitEditor kit={editing} isNew inUse={false} onCancel={() => setEditing(null)} onSaved={saved} />;

  async function save() {
    if (!parsed.ok) return;
    setFixedId(parsed.kit.id);
    await run(i18n.t('desk.kitImport.saving', [parsed.kit.title]), async () => saved(await request('kits.save', { kit: parsed.kit })));
  }

  return (
    <div className="space-y-3">
      <p className="text-sm font-medium">{importSummary(candidate)}</p>
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
            <IdNote existing={library.find((e) => e.id === id.trim())} version={base.version} />
          </p>
        </div>
      </div>
      {!parsed.ok && (
        <div role="alert" id={ids.errors} className="text-sm text-rose-700 dark:text-rose-300">
          <p className="font-medium">{i18n.t('desk.kitImport.notValidYet', parsed.errors.length, [formatNumber(parsed.errors.length)])}</p>
          <ul className="list-disc pl-5">
            {parsed.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {children}
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
        <button
          type="button"
          className={buttonSecondary}
          disabled={!shape.success}
          onClick={() => shape.success && setEditing(shape.data as Kit)}
        >
          {i18n.t('desk.kitSources.editFirst')}
        </button>
      </div>
      <OutcomeLine outcome={outcome} />
    </div>
  );
}
