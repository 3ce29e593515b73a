import { useId, useState } from 'react';
import type { Flag } from '@/utils/interview/schema';
import { formatClock } from '@/utils/timer';
import { buttonPrimary, buttonQuiet, buttonSecondary, focusRing, inputBase } from '@/components/common/styles';

const kindWord = { green: 'Green', red: 'Red' } as const;
const kindTone = {
  green: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100',
  red: 'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100',
} as const;

/** "red flag at 12:40": the round clock when it was raised. */
export const flagStamp = (flag: Flag) => `${kindWord[flag.kind]} flag at ${formatClock(flag.roundElapsedMs)}`;

export function FlagList({ flags, locked, onRemove }: { flags: readonly Flag[]; locked: boolean; onRemove(id: string): void }) {
  if (flags.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1">
      {flags.map((flag) => (
        <li key={flag.id} className={`flex items-start gap-2 rounded-md border px-2 py-1 text-sm ${kindTone[flag.kind]}`}>
          <span className="min-w-0 flex-1">
            <span className="font-medium tabular-nums">{flagStamp(flag)}</span> — {flag.text}
          </span>
          {!locked && (
            <button type="button" onClick={() => onRemove(flag.id)} className={`shrink-0 text-xs underline ${focusRing}`}>
              Remove{' '}
              <span className="sr-only">
                {flagStamp(flag).toLowerCase()}: {flag.text}
              </span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export interface FlagComposerProps {
  /** Appended to the buttons' accessible names ("for ORM Optimization") when several composers share a page. */
  about?: string;
  quickPicks: { green: readonly string[]; red: readonly string[] };
  disabled: boolean;
  onRaise(kind: Flag['kind'], text: string): void;
}

/** "Raise green flag" / "Raise red flag": a short note, with the round's own flag lists as quick picks. */
export function FlagComposer({ about, quickPicks, disabled, onRaise }: FlagComposerProps) {
  const [kind, setKind] = useState<Flag['kind'] | null>(null);
  const [text, setText] = useState('');
  const inputId = useId();
  const suffix = about ? `for ${about}` : '';
  const close = () => {
    setKind(null);
    setText('');
  };
  if (!kind) {
    return (
      <div className="flex flex-wrap gap-1">
        {(['green', 'red'] as const).map((k) => (
          <button key={k} type="button" disabled={disabled} onClick={() => setKind(k)} className={`${buttonQuiet} text-xs`}>
            <span aria-hidden="true" className={k === 'green' ? 'text-emerald-600' : 'text-rose-600'}>
              ⚑
            </span>
            Raise {k} flag{suffix && ' '}
            {suffix && <span className="sr-only">{suffix}</span>}
          </button>
        ))}
      </div>
    );
  }
  const picks = quickPicks[kind];
  return (
    <form
      className={`space-y-2 rounded-md border p-2 ${kindTone[kind]}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onRaise(kind, text);
        close();
      }}
    >
      <label htmlFor={inputId} className="block text-xs font-medium">
        {kindWord[kind]} flag{suffix && ' '}
        {suffix && <span className="sr-only">{suffix}</span>}
      </label>
      <input
        id={inputId}
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && close()}
        className={inputBase}
        placeholder="What did you notice?"
      />
      {picks.length > 0 && (
        <div role="group" aria-label={`Common ${kind} flags`} className="flex flex-wrap gap-1">
          {picks.map((pick) => (
            <button key={pick} type="button" onClick={() => setText(pick)} className={`${buttonSecondary} px-1.5 py-0.5 text-xs`}>
              {pick}
            </button>
          ))}
        </div>
      )}
      <div className="flex gap-1">
        <button type="submit" className={`${buttonPrimary} text-xs`} disabled={!text.trim()}>
          Add {kind} flag
        </button>
        <button type="button" onClick={close} className={`${buttonQuiet} text-xs`}>
          Cancel
        </button>
      </div>
    </form>
  );
}
