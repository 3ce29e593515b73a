import { useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { parseKit } from '@/utils/domain/kit/parse';
import { KIT_SCHEMA_VERSION, KitSchema, type Kit } from '@/utils/domain/kit/schema';
import type { KitSummary } from '@/utils/protocol';
import { request, StoreError } from '@/utils/client/request';
import { buttonPrimary, buttonQuiet, buttonSecondary, mutedText } from '@/components/common/styles';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction } from '@/components/hooks/useStore';
import { EditorContext, TextInput } from './editor/controls';
import { RoundEditor } from './editor/RoundEditor';
import { AgendaEditor, ScoringEditor } from './editor/ScoringEditor';

/**
 * Every part of a kit: rounds, sections, questions with their points, follow-ups and code, the
 * scoring matrix, threshold, decisions and the debrief agenda; each list can be added to,
 * removed from and reordered. The draft is validated with the kit schema on every change and
 * each problem shows by its field, named by its path. A kit that interviews used is saved as a
 * new version, so their scorecards keep the questions they were run with.
 */

export interface KitEditorProps {
  kit: Kit;
  inUse: boolean;
  /** A kit not saved yet (new, or read from a guide): saved as it is. */
  isNew?: boolean;
  /** Versions already installed, so a new version is the next free one. */
  versions?: readonly number[];
  onSaved(saved: KitSummary): void;
  onCancel(): void;
}

/** A kit to start from: one round, one section, one question, the 1-5 scale and two decisions. */
export function blankKit(id: string): Kit {
  return KitSchema.parse({
    schemaVersion: KIT_SCHEMA_VERSION,
    id,
    title: i18n.t('desk.kitEditor.blankTitle'),
    version: 1,
    ratingScale: [5, 4, 3, 2, 1].map((score) => ({
      score,
      label: String(score),
      description: i18n.t('desk.kitEditor.blankScale', [String(score)]),
    })),
    decisionOptions: [
      { id: 'hire', label: i18n.t('desk.kitEditor.blankHire'), nextStep: 'offer' },
      { id: 'no-hire', label: i18n.t('desk.kitEditor.blankNoHire'), nextStep: 'reject' },
    ],
    rounds: [
      {
        id: 'round-1',
        number: 1,
        title: i18n.t('desk.kitEditor.blankRound'),
        sections: [{ id: 'questions', title: i18n.t('desk.kitEditor.blankSection'), questions: [] }],
      },
    ],
  });
}

export function KitEditor({ kit, inUse, isNew = false, versions = [kit.version], onSaved, onCancel }: KitEditorProps) {
  const [draft, setDraft] = useState<Kit>(() => structuredClone(kit));
  const [refusal, setRefusal] = useState<number | null>(null);
  const parsed = useMemo(() => parseKit(draft), [draft]);
  const errors = useMemo(() => {
    const map = new Map<string, string>();
    if (!parsed.ok)
      for (const line of parsed.errors) {
        const at = line.indexOf(': ');
        map.set(line.slice(0, at), line.slice(at + 2));
      }
    return map;
  }, [parsed]);
  const { outcome, run, busy } = useStoreAction();
  const formId = useId();
  const next = Math.max(...versions, kit.version) + 1;
  const change = (edit: (d: Kit) => void) =>
    setDraft((current) => {
      const copy = structuredClone(current);
      edit(copy);
      return copy;
    });

  async function save(version: number) {
    if (!parsed.ok) return;
    setRefusal(null);
    await run(i18n.t('desk.kitEditor.saving'), async () => {
      try {
        onSaved(await request('kits.save', { kit: { ...parsed.kit, version } }));
      } catch (error) {
        // The store refuses to change a version interviews used: offer the next one.
        if (error instanceof StoreError && error.code === 'in-use') setRefusal(next);
        throw error;
      }
    });
  }
  const version = isNew ? kit.version : inUse ? next : kit.version;

  return (
    <EditorContext.Provider value={{ change, errors }}>
      <form
        id={formId}
        className="space-y-4"
        aria-label={i18n.t('desk.kits.editKit', [kit.title])}
        onSubmit={(e) => {
          e.preventDefault();
          void save(version);
        }}
      >
        <div className="grid gap-2 sm:grid-cols-2">
          <TextInput label={i18n.t('desk.kitImport.kitTitle')} value={draft.title} path={['title']} set={(d, v) => (d.title = v)} />
          <TextInput label={i18n.t('desk.kitEditor.role')} value={draft.role} path={['role']} set={(d, v) => (d.role = v)} />
        </div>
        <TextInput
          label={i18n.t('desk.kitEditor.description')}
          value={draft.description}
          path={['description']}
          set={(d, v) => (d.description = v)}
          multiline
        />
        <ScoringEditor kit={draft} />
        {draft.rounds.map((round, r) => (
          <RoundEditor key={round.id} round={round} r={r} kit={draft} />
        ))}
        <button
          type="button"
          className={buttonSecondary}
          onClick={() =>
            change((d) => {
              const n = d.rounds.length + 1;
              let id = `round-${n}`;
              for (let k = n; d.rounds.some((x) => x.id === id); k++) id = `round-${k + 1}`;
              d.rounds.push({
                ...structuredClone(blankKit('x').rounds[0]!),
                id,
                number: n,
                title: i18n.t('desk.kitEditor.newRound', [String(n)]),
              });
            })
          }
        >
          {i18n.t('desk.kitEditor.addRound')}
        </button>
        <AgendaEditor kit={draft} />

        <EditorFooter
          problems={parsed.ok ? [] : parsed.errors}
          note={
            isNew
              ? i18n.t('desk.kitEditor.newKitNote')
              : inUse
                ? i18n.t('desk.kitEditor.newVersion', [formatNumber(next), formatNumber(kit.version)])
                : i18n.t('desk.kitEditor.sameVersion', [formatNumber(kit.version)])
          }
          canSave={parsed.ok && !busy}
          refusal={refusal}
          onSaveAs={(v) => void save(v)}
          onCancel={onCancel}
        />
        <OutcomeLine outcome={outcome} />
      </form>
    </EditorContext.Provider>
  );
}

function EditorFooter(props: {
  problems: string[];
  note: string;
  canSave: boolean;
  refusal: number | null;
  onSaveAs(version: number): void;
  onCancel(): void;
}) {
  const { problems, refusal } = props;
  return (
    <>
      <div role="status" className="text-sm">
        {problems.length === 0 ? (
          <p>{i18n.t('desk.kitEditor.noProblems')}</p>
        ) : (
          <p className="text-rose-700 dark:text-rose-300">
            {i18n.t('desk.kitEditor.problems', problems.length, [
              formatNumber(problems.length),
              problems.slice(0, 3).join('; ') + (problems.length > 3 ? '…' : ''),
            ])}
          </p>
        )}
      </div>
      <p className={mutedText}>{props.note}</p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonPrimary} disabled={!props.canSave}>
          {i18n.t('desk.kitEditor.save')}
        </button>
        {refusal !== null && (
          <button type="button" className={buttonSecondary} onClick={() => props.onSaveAs(refusal)}>
            {i18n.t('desk.kitEditor.saveAsVersion', [formatNumber(refusal)])}
          </button>
        )}
        <button type="button" className={buttonQuiet} onClick={props.onCancel}>
          {i18n.t('desk.kitEditor.discard')}
        </button>
      </div>
    </>
  );
}
