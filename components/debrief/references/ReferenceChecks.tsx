import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { Kit } from '@/utils/domain/kit/schema';
import {
  referenceLine,
  referenceSetsOf,
  referencesCsv,
  summarizeReferences,
  type ReferenceCheckRecord,
} from '@/utils/domain/debrief/references';
import { formatNumber } from '@/utils/domain/format';
import { request } from '@/utils/client/request';
import { downloadText } from '@/components/common/download';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction, useStoreQuery } from '@/components/hooks/useStore';
import { buttonPrimary, buttonSecondary, inputBase, labelText, mutedText } from '@/components/common/styles';
import { ReferenceCheckForm } from './ReferenceCheckForm';

/** "2 reference checks, 1 complete; would hire again: 1 yes, 0 no, 0 unsure" */
export function referencesSummaryText(checks: readonly ReferenceCheckRecord[]): string {
  const s = summarizeReferences(checks);
  return s.total === 0
    ? i18n.t('references.none')
    : i18n.t('references.summary', s.total, [
        formatNumber(s.total),
        formatNumber(s.complete),
        formatNumber(s.wouldHireAgain.yes),
        formatNumber(s.wouldHireAgain.no),
        formatNumber(s.wouldHireAgain.unsure),
      ]);
}

/** The checks of a candidate, read-only: what the debrief shows of them. */
export function ReferenceList({ checks }: { checks: readonly ReferenceCheckRecord[] }) {
  return (
    <div className="space-y-1 text-sm">
      <p>{referencesSummaryText(checks)}</p>
      {checks.length > 0 && (
        <ul className="list-disc pl-5">
          {checks.map((c) => (
            <li key={c.id}>{referenceLine(c)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function StartForm({ kit, onStart }: { kit: Kit; onStart(setIndex: number, refereeName: string, relationship: string): Promise<boolean> }) {
  const sets = referenceSetsOf(kit);
  const [setIndex, setSetIndex] = useState(0);
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState('');
  const ids = { set: useId(), name: useId(), relationship: useId() };
  if (sets.length === 0) return <p className={mutedText}>{i18n.t('references.kitHasNone', [kit.title])}</p>;
  return (
    <form
      className="grid gap-2 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end"
      aria-label={i18n.t('references.startLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void onStart(setIndex, name, relationship).then((ok) => {
          if (ok) {
            setName('');
            setRelationship('');
          }
        });
      }}
    >
      <div>
        <label htmlFor={ids.set} className={labelText}>
          {i18n.t('references.kind')}
        </label>
        <select id={ids.set} className={inputBase} value={setIndex} onChange={(e) => setSetIndex(Number(e.target.value))}>
          {sets.map((s) => (
            <option key={s.index} value={s.index}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.name} className={labelText}>
          {i18n.t('references.refereeName')}
        </label>
        <input id={ids.name} className={inputBase} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div>
        <label htmlFor={ids.relationship} className={labelText}>
          {i18n.t('references.relationship')}
        </label>
        <input id={ids.relationship} className={inputBase} value={relationship} onChange={(e) => setRelationship(e.target.value)} />
      </div>
      <button type="submit" className={buttonPrimary} disabled={!name.trim()}>
        {i18n.t('references.start')}
      </button>
    </form>
  );
}

/** A candidate's reference checks: start one with the kit's questions, fill it in, export them all as CSV. */
export function ReferenceChecks({ candidate, kit, by }: { candidate: { id: string; name: string }; kit: Kit; by: string }) {
  const checks = useStoreQuery('references.list', { candidateId: candidate.id }).data ?? [];
  const { outcome, run, busy } = useStoreAction();
  const safeName = candidate.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  return (
    <section aria-labelledby="reference-checks-heading" className="space-y-3" id="reference-checks">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="reference-checks-heading" tabIndex={-1} className="text-base font-semibold outline-none">
          {i18n.t('references.heading', [candidate.name])}
        </h3>
        {checks.length > 0 && (
          <button
            type="button"
            className={buttonSecondary}
            onClick={() => downloadText(`panelist-references-${safeName}.csv`, referencesCsv(candidate.name, checks))}
          >
            {i18n.t('references.exportCsv')}
          </button>
        )}
      </div>
      <p className="text-sm">{referencesSummaryText(checks)}</p>
      <StartForm
        kit={kit}
        onStart={(setIndex, refereeName, relationship) =>
          run(i18n.t('references.starting'), async () => {
            await request('references.start', {
              candidateId: candidate.id,
              kitId: kit.id,
              kitVersion: kit.version,
              setIndex,
              refereeName,
              relationship,
              by,
            });
            return i18n.t('references.started', [refereeName.trim()]);
          })
        }
      />
      <OutcomeLine outcome={outcome} />
      {checks.map((check) => (
        <ReferenceCheckForm
          key={check.id}
          check={check}
          busy={busy}
          onPatch={(patch) =>
            void run(i18n.t('references.saving'), async () => void (await request('references.update', { id: check.id, patch })))
          }
          onDelete={() => void run(i18n.t('references.deleting'), async () => void (await request('references.delete', { id: check.id })))}
        />
      ))}
    </section>
  );
}
