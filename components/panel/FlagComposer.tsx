import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { Flag } from '@/utils/domain/interview/schema';
import { formatClock } from '@/utils/domain/timer';
import { fillSlots, slot } from '@/components/common/slots';
import { buttonPrimary, buttonQuiet, buttonSecondary, focusRing, inputBase } from '@/components/common/styles';

const kindTone = {
  green: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100',
  red: 'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100',
} as const;

/** "Red flag at 12:40": the round clock when it was raised. */
export const flagStamp = (flag: Flag) => {
  const clock = formatClock(flag.roundElapsedMs);
  return flag.kind === 'green' ? i18n.t('panel.flag.greenAt', [clock]) : i18n.t('panel.flag.redAt', [clock]);
};

/** The words for one kind of flag, each a whole phrase so a translation can order it freely. */
const words = (kind: Flag['kind'], about?: string) =>
  kind === 'green'
    ? {
        raise: about ? i18n.t('panel.flag.raiseGreenFor', [about]) : i18n.t('panel.flag.raiseGreen'),
        raiseVisible: i18n.t('panel.flag.raiseGreen'),
        field: about ? i18n.t('panel.flag.greenFor', [about]) : i18n.t('panel.flag.green'),
        fieldVisible: i18n.t('panel.flag.green'),
        picks: i18n.t('panel.flag.commonGreen'),
        add: i18n.t('panel.flag.addGreen'),
      }
    : {
        raise: about ? i18n.t('panel.flag.raiseRedFor', [about]) : i18n.t('panel.flag.raiseRed'),
        raiseVisible: i18n.t('panel.flag.raiseRed'),
        field: about ? i18n.t('panel.flag.redFor', [about]) : i18n.t('panel.flag.red'),
        fieldVisible: i18n.t('panel.flag.red'),
        picks: i18n.t('panel.flag.commonRed'),
        add: i18n.t('panel.flag.addRed'),
      };

const removeName = (flag: Flag) => {
  const clock = formatClock(flag.roundElapsedMs);
  return flag.kind === 'green' ? i18n.t('panel.flag.removeGreen', [clock, flag.text]) : i18n.t('panel.flag.removeRed', [clock, flag.text]);
};

export function FlagList({ flags, locked, onRemove }: { flags: readonly Flag[]; locked: boolean; onRemove(id: string): void }) {
  if (flags.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1">
      {flags.map((flag) => (
        <li key={flag.id} className={`flex items-start gap-2 rounded-md border px-2 py-1 text-sm ${kindTone[flag.kind]}`}>
          <span className="min-w-0 flex-1">
            {fillSlots(i18n.t('panel.flag.entry', [slot(0), slot(1)]), [
              <span key="stamp" className="font-medium tabular-nums">
                {flagStamp(flag)}
              </span>,
              flag.text,
            ])}
          </span>
          {!locked && (
            <button
              type="button"
              onClick={() => onRemove(flag.id)}
              aria-label={removeName(flag)}
              className={`shrink-0 text-xs underline ${focusRing}`}
            >
              {i18n.t('panel.flag.remove')}
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
  const close = () => {
    setKind(null);
    setText('');
  };
  if (!kind) {
    return (
      <div className="flex flex-wrap gap-1">
        {(['green', 'red'] as const).map((k) => {
          const word = words(k, about);
          return (
            <button
              key={k}
              type="button"
              disabled={disabled}
              onClick={() => setKind(k)}
              aria-label={about ? word.raise : undefined}
              className={`${buttonQuiet} text-xs`}
            >
              <span aria-hidden="true" className={k === 'green' ? 'text-emerald-600' : 'text-rose-600'}>
                ⚑
              </span>
              {word.raiseVisible}
            </button>
          );
        })}
      </div>
    );
  }
  const picks = quickPicks[kind];
  const word = words(kind, about);
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
        {word.fieldVisible}
      </label>
      <input
        id={inputId}
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && close()}
        aria-label={about ? word.field : undefined}
        className={inputBase}
        placeholder={i18n.t('panel.flag.placeholder')}
      />
      {picks.length > 0 && (
        <div role="group" aria-label={word.picks} className="flex flex-wrap gap-1">
          {picks.map((pick) => (
            <button key={pick} type="button" onClick={() => setText(pick)} className={`${buttonSecondary} px-1.5 py-0.5 text-xs`}>
              {pick}
            </button>
          ))}
        </div>
      )}
      <div className="flex gap-1">
        <button type="submit" className={`${buttonPrimary} text-xs`} disabled={!text.trim()}>
          {word.add}
        </button>
        <button type="button" onClick={close} className={`${buttonQuiet} text-xs`}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
