import type { ReactNode } from 'react';
import type { Kit } from '@/utils/domain/kit/schema';
import { buttonSecondary, labelText } from '@/components/common/styles';
import { FieldError, ItemControls, useEditor } from './controls';

/** `base-1`, `base-2`…: the first of them no item in the list has yet. */
function nextId(ids: string[], base: string): string {
  for (let n = 1; ; n++) if (!ids.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A list of a kit's items edited in place (categories, decision options, agenda steps): a row of
 * fields for each with its move and remove buttons, the list's own error, and a button that adds
 * a new item under a free id (`idBase-n`).
 */
export function ItemList<T extends { id: string }>({
  items,
  list,
  name,
  row,
  errorPath,
  add,
}: {
  items: readonly T[];
  list: (d: Kit) => T[];
  /** The item as its move and remove buttons name it. */
  name: (item: T) => string;
  /** The item's own fields. */
  row: (item: T, i: number) => ReactNode;
  /** Where the list's own error (from the schema) is shown; none when omitted. */
  errorPath?: string;
  add: { label: string; idBase: string; item: (id: string) => T };
}) {
  const { change } = useEditor();
  return (
    <>
      {items.map((item, i) => (
        <div key={item.id} className="flex flex-wrap items-end gap-2">
          {row(item, i)}
          <ItemControls name={name(item)} index={i} count={items.length} list={list} />
        </div>
      ))}
      {errorPath && <FieldError path={errorPath} />}
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          change((d) => {
            const items = list(d);
            const ids = items.map((item) => item.id);
            items.push(add.item(nextId(ids, add.idBase)));
          })
        }
      >
        {add.label}
      </button>
    </>
  );
}

/** One of a fixed set of values (the values are the options' text), chosen with a labelled select. */
export function ChoiceSelect<V extends string>({
  label,
  value,
  options,
  set,
}: {
  label: string;
  value: NoInfer<V>;
  options: readonly V[];
  set: (d: Kit, value: NoInfer<V>) => void;
}) {
  const { change } = useEditor();
  return (
    <label className={labelText}>
      {label}
      <select
        className="ml-1 rounded border border-zinc-300 bg-white text-sm dark:border-zinc-600 dark:bg-zinc-900"
        value={value}
        onChange={(e) => change((d) => set(d, e.target.value as V))}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}
