import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import { formatPercent } from '@/utils/domain/format';
import { focusRing, labelText, mutedText } from '@/components/common/styles';
import { useInterviewFrame } from './InterviewContext';

function BriefList({ title, items }: { title: string; items: readonly string[] }) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <div>
      <h3 id={id} className={labelText}>
        {title}
      </h3>
      <ul aria-labelledby={id} className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** The round's objectives: at the round's start, and again in the summary. */
export function RoundObjectives({ round }: { round: Round }) {
  return <BriefList title={i18n.t('panel.brief.objectives')} items={round.objectives} />;
}

function AssessmentAreas({ round }: { round: Round }) {
  const id = useId();
  if (round.assessmentAreas.length === 0) return null;
  return (
    <div>
      <h3 id={id} className={labelText}>
        {i18n.t('panel.brief.assessmentAreas')}
      </h3>
      <ul aria-labelledby={id} className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
        {round.assessmentAreas.map((area) => (
          <li key={area.name}>
            {area.weightPct !== undefined ? i18n.t('panel.brief.areaWeighted', [area.name, formatPercent(area.weightPct)]) : area.name}
            {area.points.length > 0 && <span className={`block ${mutedText}`}>{area.points.join(' · ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The kit's candidate-experience "during" items, to tick off as the round goes (kept for this panel only). */
function DuringChecklist({ items }: { items: readonly string[] }) {
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const id = useId();
  if (items.length === 0) return null;
  return (
    <fieldset>
      <legend id={id} className={labelText}>
        {i18n.t('panel.brief.during')}
      </legend>
      <ul className="mt-1 space-y-0.5">
        {items.map((item, i) => (
          <li key={item}>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                checked={done.has(i)}
                onChange={(e) => setDone((d) => new Set(e.target.checked ? [...d, i] : [...d].filter((n) => n !== i)))}
                className={`mt-0.5 size-4 shrink-0 accent-emerald-700 ${focusRing}`}
              />
              {item}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * What the round is for and how to run it, from the kit: objectives, format, what to hand over,
 * the areas to keep in view and the guide's "during the interview" checklist. Open at the start
 * of the round, a click away afterwards.
 */
export function RoundBrief({ initiallyOpen }: { initiallyOpen: boolean }) {
  const { kit, round } = useInterviewFrame();
  const [open, setOpen] = useState(initiallyOpen);
  const during = kit.guidance.during;
  const empty = !round.objectives.length && !round.format.length && !round.materials.length && !round.assessmentAreas.length;
  if (empty && during.length === 0) return null;
  return (
    <details
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900"
    >
      <summary className={`cursor-pointer px-3 py-2 text-sm font-semibold ${focusRing}`}>
        {i18n.t('panel.brief.title', [round.title])}
      </summary>
      <div className="space-y-3 px-3 pb-3">
        <RoundObjectives round={round} />
        <BriefList title={i18n.t('panel.brief.format')} items={round.format} />
        <BriefList title={i18n.t('panel.brief.provide')} items={round.materials} />
        <AssessmentAreas round={round} />
        <DuringChecklist items={during} />
      </div>
    </details>
  );
}
