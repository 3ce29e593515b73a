import { createContext, useContext, useId } from 'react';
import { i18n } from '#i18n';
import { formatPath } from '@/utils/domain/kit/parse';
import type { Kit } from '@/utils/domain/kit/schema';
import { buttonQuiet, buttonSecondary, inputBase, labelText } from '@/components/common/styles';

/* The editor's building blocks: one change function, the schema's errors by path, and list controls. */

export type Path = (string | number)[];
export type Change = (edit: (draft: Kit) => void) => void;

export const EditorContext = createContext<{ change: Change; errors: Map<string, string> }>({ change: () => {}, errors: new Map() });
export const useEditor = () => useContext(EditorContext);

export const errorId = (path: string) => `kit-editor-error-${path.replace(/[^\w]+/g, '-')}`;

/** The schema's message for a field, named by its path ("categories: weights add up to 95%; they must total 100%"). */
export function FieldError({ path }: { path: Path | string }) {
  const key = typeof path === 'string' ? path : formatPath(path);
  const message = useEditor().errors.get(key);
  if (!message) return null;
  return (
    <p id={errorId(key)} className="text-xs text-rose-700 dark:text-rose-300">
      {key}: {message}
    </p>
  );
}

export function invalid(path: Path, errors: Map<string, string>) {
  const key = formatPath(path);
  return errors.has(key) ? { 'aria-invalid': true as const, 'aria-describedby': errorId(key) } : {};
}

export function move<T>(list: T[], from: number, to: number): void {
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item!);
}

/** Move up / Move down / Remove for item `index` of the list at `get(draft)`, each named after the item. */
export function ItemControls({ name, index, count, list }: { name: string; index: number; count: number; list: (d: Kit) => unknown[] }) {
  const { change } = useEditor();
  return (
    <span className="flex shrink-0 gap-1">
      <button
        type="button"
        className={buttonQuiet}
        disabled={index === 0}
        aria-label={i18n.t('desk.kitEditor.moveUp', [name])}
        onClick={() => change((d) => move(list(d), index, index - 1))}
      >
        ↑
      </button>
      <button
        type="button"
        className={buttonQuiet}
        disabled={index === count - 1}
        aria-label={i18n.t('desk.kitEditor.moveDown', [name])}
        onClick={() => change((d) => move(list(d), index, index + 1))}
      >
        ↓
      </button>
      <button
        type="button"
        className={buttonQuiet}
        aria-label={i18n.t('desk.kitEditor.removeQuestion', [name])}
        onClick={() => change((d) => void list(d).splice(index, 1))}
      >
        {i18n.t('desk.kitEditor.remove')}
      </button>
    </span>
  );
}

/** A labelled text input bound to one string of the draft. */
export function TextInput({
  label,
  value,
  path,
  set,
  multiline = false,
}: {
  label: string;
  value: string;
  path: Path;
  set(d: Kit, v: string): void;
  multiline?: boolean;
}) {
  const { change, errors } = useEditor();
  const id = useId();
  const props = { id, className: `${inputBase} mt-0.5${multiline ? ' h-16' : ''}`, value, ...invalid(path, errors) };
  return (
    <div className="grow">
      <label htmlFor={id} className={labelText}>
        {label}
      </label>
      {multiline ? (
        <textarea {...props} onChange={(e) => change((d) => set(d, e.target.value))} />
      ) : (
        <input {...props} onChange={(e) => change((d) => set(d, e.target.value))} />
      )}
      <FieldError path={path} />
    </div>
  );
}

/** A number input that keeps what is typed while it is not yet a number; '' means "none" when `optional`. */
export function NumberInput({
  label,
  value,
  path,
  set,
  optional = false,
}: {
  label: string;
  value: number | undefined;
  path: Path;
  set(d: Kit, v: number | undefined): void;
  optional?: boolean;
}) {
  const { change, errors } = useEditor();
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={labelText}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        step="any"
        inputMode="decimal"
        className={`${inputBase.replace('w-full', 'w-28')} mt-0.5`}
        defaultValue={value === undefined ? '' : String(value)}
        onChange={(e) => {
          const text = e.target.value.trim();
          change((d) => set(d, text === '' ? (optional ? undefined : Number.NaN) : Number(text)));
        }}
        {...invalid(path, errors)}
      />
      <FieldError path={path} />
    </div>
  );
}

/** A list of lines (expected points, follow-ups, flags…): edit, add, remove and reorder each. */
export function StringList({
  label,
  items,
  path,
  list,
}: {
  label: string;
  items: readonly string[];
  path: Path;
  list: (d: Kit) => string[];
}) {
  const { change } = useEditor();
  return (
    <fieldset className="space-y-1">
      <legend className={labelText}>{label}</legend>
      {items.map((item, i) => (
        <div key={i} className="flex items-end gap-1">
          <TextInput
            label={i18n.t('desk.kitEditor.item', [label, String(i + 1)])}
            value={item}
            path={[...path, i]}
            set={(d, v) => (list(d)[i] = v)}
          />
          <ItemControls name={i18n.t('desk.kitEditor.item', [label, String(i + 1)])} index={i} count={items.length} list={list} />
        </div>
      ))}
      <button type="button" className={buttonSecondary} onClick={() => change((d) => void list(d).push(''))}>
        {i18n.t('desk.kitEditor.addTo', [label])}
      </button>
    </fieldset>
  );
}
