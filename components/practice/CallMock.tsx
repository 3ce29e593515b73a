import { useState } from 'react';
import { i18n } from '#i18n';

/**
 * A pretend video call: tiles with initials where faces would be and a bottom control bar.
 * Nothing here touches a camera or a microphone; the buttons only change what they show.
 */

export interface Participant {
  name: string;
  role: string;
  /** The tile of the person practising: the one whose microphone and camera the bar controls. */
  isYou: boolean;
  /** Tailwind background for the initials disc, so the tiles are told apart at a glance. */
  tint: string;
}

/** The pretend call's people, in the reader's language (a function: messages are read when shown, not at import). */
export const practiceParticipants = (): readonly Participant[] => [
  { name: i18n.t('practice.people.candidateName'), role: i18n.t('practice.people.candidate'), isYou: false, tint: 'bg-emerald-600' },
  { name: i18n.t('practice.people.you'), role: i18n.t('practice.people.interviewer'), isYou: true, tint: 'bg-sky-600' },
  { name: i18n.t('practice.people.shadowName'), role: i18n.t('practice.people.shadowing'), isYou: false, tint: 'bg-violet-600' },
  { name: i18n.t('practice.people.managerName'), role: i18n.t('practice.people.hiringManager'), isYou: false, tint: 'bg-amber-600' },
];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]!;
  const last = words.length > 1 ? words[words.length - 1]! : '';
  return (Array.from(first)[0]! + (last ? Array.from(last)[0]! : '')).toUpperCase();
}

function Tile({ person, muted, cameraOff }: { person: Participant; muted: boolean; cameraOff: boolean }) {
  return (
    <li
      aria-label={i18n.t('practice.call.tile', [person.name, person.role])}
      className="relative flex min-h-0 items-center justify-center overflow-hidden rounded-xl bg-zinc-800 ring-1 ring-white/5"
    >
      <span
        aria-hidden="true"
        className={`flex size-20 items-center justify-center rounded-full text-2xl font-semibold text-white ${person.tint}`}
      >
        {initialsOf(person.name)}
      </span>
      <span className="absolute bottom-2 left-2 flex items-center gap-1 rounded bg-black/55 px-2 py-0.5 text-xs text-white">
        {person.name}
        <span className="text-zinc-300">{i18n.t('practice.call.role', [person.role])}</span>
        {muted && <span className="text-rose-300">{i18n.t('practice.call.muted')}</span>}
        {cameraOff && <span className="text-zinc-300">{i18n.t('practice.call.cameraOff')}</span>}
      </span>
    </li>
  );
}

const barButton =
  'inline-flex h-11 min-w-11 items-center justify-center gap-1.5 rounded-full px-4 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400';
const barToggle = `${barButton} bg-zinc-700 text-white hover:bg-zinc-600`;
/** Microphone or camera off: dark red, so it reads as a state and not as the red Leave button. */
const offState = 'aria-pressed:bg-rose-950 aria-pressed:text-rose-100 aria-pressed:ring-1 aria-pressed:ring-rose-700';

/** Line icons drawn inline: the page loads nothing from outside and needs no emoji font. */
function Icon({ path }: { path: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={path} />
    </svg>
  );
}
const MIC = 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3';
const CAMERA = 'M3 7h12v10H3zM15 10l6-3v10l-6-3';
const PANEL = 'M3 4h18v16H3zM15 4v16';
const HANG_UP = 'M3 14c5-5 13-5 18 0l-2.5 2.5-3-1.5v-2.5a10 10 0 0 0-7 0V15l-3 1.5z';
const SLASH = 'M4 4l16 16';

export interface CallMockProps {
  panelShown: boolean;
  onTogglePanel(): void;
}

/** The call side of practice mode: the video grid and the control bar under it. */
export function CallMock({ panelShown, onTogglePanel }: CallMockProps) {
  const [muted, setMuted] = useState(true);
  const [cameraOff, setCameraOff] = useState(true);
  const [notice, setNotice] = useState('');

  return (
    <div className="flex h-full min-w-0 flex-1 flex-col bg-zinc-950 text-zinc-100">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
        <span className="rounded bg-amber-400 px-2 py-0.5 text-xs font-semibold text-zinc-950">{i18n.t('practice.call.badge')}</span>
        <h1 className="text-sm font-medium">{i18n.t('practice.call.title')}</h1>
        <p className="text-xs text-zinc-400">{i18n.t('practice.call.intro')}</p>
      </header>
      <ul
        aria-label={i18n.t('practice.call.participants')}
        className="grid min-h-0 flex-1 grid-cols-1 gap-2 px-4 sm:grid-cols-2 sm:grid-rows-2"
      >
        {practiceParticipants().map((person) => (
          <Tile key={person.name} person={person} muted={person.isYou && muted} cameraOff={person.isYou && cameraOff} />
        ))}
      </ul>
      <p role="status" className="min-h-6 px-4 pt-1 text-center text-sm text-zinc-300">
        {notice}
      </p>
      <div
        role="toolbar"
        aria-label={i18n.t('practice.call.controls')}
        className="flex flex-wrap items-center justify-center gap-2 px-4 pb-4 pt-1"
      >
        <button type="button" aria-pressed={muted} className={`${barToggle} ${offState}`} onClick={() => setMuted((m) => !m)}>
          <Icon path={muted ? `${MIC}${SLASH}` : MIC} />
          {i18n.t('practice.call.mute')}
        </button>
        <button type="button" aria-pressed={cameraOff} className={`${barToggle} ${offState}`} onClick={() => setCameraOff((c) => !c)}>
          <Icon path={cameraOff ? `${CAMERA}${SLASH}` : CAMERA} />
          {i18n.t('practice.call.cameraOffButton')}
        </button>
        <button type="button" aria-pressed={panelShown} className={`${barToggle} aria-pressed:bg-sky-700`} onClick={onTogglePanel}>
          <Icon path={PANEL} />
          {i18n.t('practice.call.showPanel')}
        </button>
        <button
          type="button"
          className={`${barButton} bg-rose-600 px-6 text-white hover:bg-rose-500`}
          onClick={() => setNotice(i18n.t('practice.call.leaveNotice'))}
        >
          <Icon path={HANG_UP} />
          {i18n.t('practice.call.leave')}
        </button>
      </div>
    </div>
  );
}
