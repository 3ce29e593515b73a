import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { CandidateRow, CandidateScorecards } from '@/utils/protocol';
import { useStoreQuery } from '@/components/hooks/useStore';
import { useDebounced } from '@/components/hooks/useDebounced';
import { inputBase, labelText } from '@/components/common/styles';

/** "This browser holds 1 scorecard for Ana Lima: Sam (submitted)." */
export function holdsText(local: CandidateScorecards): string {
  return local.scorecards.length
    ? i18n.t('desk.debrief.holdsList', local.scorecards.length, [
        formatNumber(local.scorecards.length),
        local.candidate.name,
        local.scorecards
          .map((s) =>
            i18n.t('desk.debrief.byInterviewer', [
              s.interview.interviewer,
              s.interview.status === 'submitted' ? i18n.t('desk.history.submitted') : i18n.t('desk.history.draft'),
            ]),
          )
          .join(', '),
      ])
    : i18n.t('desk.debrief.holdsNone', [local.candidate.name]);
}

/** The candidates this browser knows, found by name: the debrief is for one of them (or for a new one, named when it starts). */
export function CandidatePicker({ local, onPick }: { local: CandidateScorecards | null; onPick(candidateId: string | undefined): void }) {
  const [search, setSearch] = useState('');
  const ids = { search: useId(), local: useId() };
  const settled = useDebounced(search.trim(), 150);
  const choices: CandidateRow[] = useStoreQuery('candidates.list', { search: settled || undefined, limit: 100 }).data?.rows ?? [];
  const listed =
    local && !choices.some((c) => c.candidate.id === local.candidate.id) ? [{ candidate: local.candidate }, ...choices] : choices;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={ids.search} className={labelText}>
            {i18n.t('desk.debrief.find')}
          </label>
          <input id={ids.search} type="search" className={inputBase} value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div>
          <label htmlFor={ids.local} className={labelText}>
            {i18n.t('desk.debrief.candidate')}
          </label>
          <select
            id={ids.local}
            className={inputBase}
            value={local?.candidate.id ?? ''}
            onChange={(e) => onPick(e.target.value || undefined)}
          >
            <option value="">{i18n.t('desk.debrief.nobody')}</option>
            {listed.map((c) => (
              <option key={c.candidate.id} value={c.candidate.id}>
                {c.candidate.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {local && <p className="text-sm">{holdsText(local)}</p>}
    </div>
  );
}
