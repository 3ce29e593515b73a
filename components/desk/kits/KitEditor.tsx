import { useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { formatPath, parseKit } from '@/utils/domain/kit/parse';
import type { Kit, KitInput } from '@/utils/domain/kit/schema';
import type { KitSummary } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { buttonPrimary, buttonQuiet, buttonSecondary, inputBase, labelText, mutedText } from '@/components/common/styles';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction } from '@/components/hooks/useStore';

/**
 * Small changes to a user kit: its title, round and section timings, question wording, and
 * adding or removing questions. The draft is validated with the kit schema on every keystroke;
 * each problem shows next to its field, named by its path. A kit that interviews already use
 * is saved as a new version, so those interviews keep the questions they were run with.
 */

type Draft = KitInput & { rounds: NonNullable<KitInput['rounds']> };

const errorId = (path: string) => `kit-editor-error-${path.replace(/[^\w]+/g, '-')}`;

function FieldError({ path, errors }: { path: string; errors: Map<string, string> }) {
  const message = errors.get(path);
  if (!message) return null;
  return (
    <p id={errorId(path)} className="text-xs text-rose-700 dark:text-rose-300">
      {path}: {message}
    </p>
  );
}

const invalid = (path: string, errors: Map<string, string>) =>
  errors.has(path) ? { 'aria-invalid': true as const, 'aria-describedby': errorId(path) } : {};

/** '' means "no duration"; anything else must read as a number (the schema says which). */
const minutesValue = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

function freeQuestionId(draft: Draft, sectionId: string): string {
  const used = new Set(draft.rounds.flatMap((r) => r.sections.flatMap((s) => (s.questions ?? []).map((q) => q.id))));
  for (let n = 1; ; n++) if (!used.has(`${sectionId}-new-${n}`)) return `${sectionId}-new-${n}`;
}

export interface KitEditorProps {
  kit: Kit;
  inUse: boolean;
  onSaved(saved: KitSummary): void;
  onCancel(): void;
}

export function KitEditor({ kit, inUse, onSaved, onCancel }: KitEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => structuredClone(kit));
  const [minutesText, setMinutesText] = useState<Record<string, string>>({});
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
  const titleId = useId();

  const change = (edit: (d: Draft) => void) =>
    setDraft((current) => {
      const next = structuredClone(current);
      edit(next);
      return next;
    });

  const minutesField = (
    path: (string | number)[],
    label: string,
    value: number | undefined,
    set: (d: Draft, v: number | undefined) => void,
  ) => {
    const key = formatPath([...path, 'durationMin']);
    return (
      <div>
        <label className={labelText}>
          {label}
          <input
            type="number"
            min={1}
            step="any"
            inputMode="decimal"
            className={`${inputBase.replace('w-full', 'w-28')} mt-0.5`}
            value={minutesText[key] ?? (value === undefined ? '' : String(value))}
            onChange={(e) => {
              const text = e.target.value;
              setMinutesText((m) => ({ ...m, [key]: text }));
              change((d) => set(d, minutesValue(text)));
            }}
            {...invalid(key, errors)}
          />
        </label>
        <FieldError path={key} errors={errors} />
      </div>
    );
  };

  async function save() {
    if (!parsed.ok) return;
    const version = inUse ? kit.version + 1 : kit.version;
    await run(i18n.t('desk.kitEditor.saving'), async () => onSaved(await request('kits.save', { kit: { ...parsed.kit, version } })));
  }

  return (
    <form
      className="space-y-4"
      aria-label={i18n.t('desk.kits.editKit', [kit.title])}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div>
        <label htmlFor={titleId} className={labelText}>
          {i18n.t('desk.kitImport.kitTitle')}
        </label>
        <input
          id={titleId}
          className={inputBase}
          value={draft.title}
          onChange={(e) => change((d) => void (d.title = e.target.value))}
          {...invalid('title', errors)}
        />
        <FieldError path="title" errors={errors} />
      </div>

      {draft.rounds.map((round, r) => (
        <fieldset key={round.id} className="space-y-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-700">
          <legend className="px-1 font-semibold">{round.title}</legend>
          {minutesField(
            ['rounds', r],
            i18n.t('desk.kitEditor.minutesFor', [round.title]),
            round.durationMin,
            (d, v) => void (d.rounds[r]!.durationMin = v),
          )}
          {round.sections.map((section, s) => {
            const questions = section.questions ?? [];
            return (
              <div key={section.id} className="space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
                <p className="font-medium">{section.title}</p>
                {minutesField(
                  ['rounds', r, 'sections', s],
                  i18n.t('desk.kitEditor.minutesFor', [section.title]),
                  section.durationMin,
                  (d, v) => void (d.rounds[r]!.sections[s]!.durationMin = v),
                )}
                <ol className="space-y-2">
                  {questions.map((question, q) => {
                    const path = formatPath(['rounds', r, 'sections', s, 'questions', q, 'prompt']);
                    const label = i18n.t('desk.kitEditor.question', [formatNumber(q + 1), section.title]);
                    return (
                      <li key={question.id} className="flex items-start gap-2">
                        <div className="grow">
                          <label className={labelText}>
                            {question.title ? i18n.t('desk.kitEditor.questionTitled', [label, question.title]) : label}
                            <textarea
                              className={`${inputBase} mt-0.5 h-16`}
                              value={question.prompt}
                              onChange={(e) => change((d) => void (d.rounds[r]!.sections[s]!.questions![q]!.prompt = e.target.value))}
                              {...invalid(path, errors)}
                            />
                          </label>
                          <FieldError path={path} errors={errors} />
                        </div>
                        <button
                          type="button"
                          className={`${buttonQuiet} mt-4`}
                          aria-label={i18n.t('desk.kitEditor.removeQuestion', [label])}
                          onClick={() => change((d) => void d.rounds[r]!.sections[s]!.questions!.splice(q, 1))}
                        >
                          {i18n.t('desk.kitEditor.remove')}
                        </button>
                      </li>
                    );
                  })}
                </ol>
                <button
                  type="button"
                  className={buttonSecondary}
                  onClick={() =>
                    change((d) => {
                      const target = d.rounds[r]!.sections[s]!;
                      target.questions = [...(target.questions ?? []), { id: freeQuestionId(d, section.id), prompt: '' }];
                    })
                  }
                >
                  {i18n.t('desk.kitEditor.addQuestion', [section.title])}
                </button>
              </div>
            );
          })}
        </fieldset>
      ))}

      <div role="status" className="text-sm">
        {parsed.ok ? (
          <p>{i18n.t('desk.kitEditor.noProblems')}</p>
        ) : (
          <p className="text-rose-700 dark:text-rose-300">
            {i18n.t('desk.kitEditor.problems', parsed.errors.length, [
              formatNumber(parsed.errors.length),
              parsed.errors.slice(0, 3).join('; ') + (parsed.errors.length > 3 ? '…' : ''),
            ])}
          </p>
        )}
      </div>
      <p className={mutedText}>
        {inUse
          ? i18n.t('desk.kitEditor.newVersion', [formatNumber(kit.version + 1), formatNumber(kit.version)])
          : i18n.t('desk.kitEditor.sameVersion', [formatNumber(kit.version)])}
      </p>
      <div className="flex gap-2">
        <button type="submit" className={buttonPrimary} disabled={!parsed.ok || busy}>
          {i18n.t('desk.kitEditor.save')}
        </button>
        <button type="button" className={buttonQuiet} onClick={onCancel}>
          {i18n.t('desk.kitEditor.discard')}
        </button>
      </div>
      <OutcomeLine outcome={outcome} />
    </form>
  );
}
