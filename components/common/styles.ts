/**
 * Shared class lists so every view's controls look and focus alike.
 * Focus rings are always visible from the keyboard (focus-visible), in both themes.
 */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400';

const buttonBase = `inline-flex items-center justify-center gap-1 rounded-md px-2.5 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${focusRing}`;

export const buttonPrimary = `${buttonBase} bg-sky-700 text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400`;
export const buttonSecondary = `${buttonBase} border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700`;
export const buttonQuiet = `${buttonBase} text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800`;
export const buttonDanger = `${buttonBase} border border-rose-300 bg-white text-rose-800 hover:bg-rose-50 dark:border-rose-700 dark:bg-zinc-800 dark:text-rose-200 dark:hover:bg-rose-950`;

export const inputBase = `w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-500 disabled:opacity-60 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400 ${focusRing}`;

export const labelText = 'block text-xs font-medium text-zinc-700 dark:text-zinc-300';
export const mutedText = 'text-xs text-zinc-600 dark:text-zinc-400';
export const card = 'rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900';
/** Overtime and failures share one colour, distinct from the calm default and from the 2-minute warning. */
export const overtimeText = 'text-rose-700 dark:text-rose-300';
export const warningText = 'text-amber-800 dark:text-amber-300';

/** Status badges: neutral, a warning, a failure, a success. */
const badge = 'inline-block rounded px-1.5 py-0.5 text-xs font-medium';
export const badgeNeutral = `${badge} bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200`;
export const badgeWarn = `${badge} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200`;
export const badgeBad = `${badge} bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200`;
export const badgeGood = `${badge} bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200`;

export const tableHeader = 'px-2 py-1.5 text-left text-xs font-semibold text-zinc-700 dark:text-zinc-300';
export const tableCell = 'px-2 py-1.5 align-top';
/** A link styled as a link in both themes. */
export const linkText = `text-sky-800 underline dark:text-sky-300 ${focusRing}`;
