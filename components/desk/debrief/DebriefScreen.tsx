import { useEffect, useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { Kit } from '@/utils/domain/kit/schema';
import type { CandidateRow, CandidateScorecards } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { readScorecards, scorecardFromStore } from '@/utils/domain/debrief/scorecards';
import type { DebriefFile, DebriefScorecard } from '@/utils/domain/debrief/read-files';
import { buildDebrief, candidatesIn, debriefCsv } from '@/utils/domain/debrief/build';
import { downloadText } from '@/components/common/download';
import { buttonPrimary, buttonSecondary, card, inputBase, labelText, mutedText } from '@/components/common/styles';
import type { Navigate } from '../route';
import { DebriefFiles } from './DebriefFiles';
import { DebriefView } from './DebriefView';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction, useStoreQuery } from '@/components/hooks/useStore';
import { useDebounced } from '@/components/hooks/useDebounced';

/** Every installed kit at every version: imported scorecards are scored with the version they name. */
async function loadAllKits(): Promise<Kit[]> {
  const library = await request('kits.list', { includeArchived: true });
  const wanted = library.flatMap((entry) => entry.versions.map((version) => ({ id: entry.id, version })));
  return Promise.all(wanted.map((w) => request('kits.get', w)));
}

function localCards(data: CandidateScorecards | null): DebriefScorecard[] {
  if (!data) return [];
  return data.scorecards.flatMap(({ interview, answers }) => {
    const kit = data.kits.find((k) => k.id === interview.kitId && k.version === interview.kitVersion);
    return kit ? [scorecardFromStore(kit, interview, data.candidate.name, answers)] : [];
  });
}

/**
 * The decision meeting: this browser's scorecards for a candidate plus the CSVs the other
 * interviewers sent, combined per category. Others' scores stay out of view until this
 * browser's own scorecard is submitted, unless the person explicitly asks to see them.
 */
export function DebriefScreen({ params, navigate }: { params: Record<string, string>; navigate: Navigate }) {
  const [kits, setKits] = useState<Kit[]>([]);
  const [search, setSearch] = useState('');
  const [files, setFiles] = useState<DebriefFile[]>([]);
  const [picked, setPicked] = useState('');
  const [override, setOverride] = useState(false);
  const { outcome, run } = useStoreAction();
  const ids = { search: useId(), local: useId(), candidate: useId(), hiddenNote: useId() };
  const localId = params.candidate ?? '';
  const settled = useDebounced(search.trim(), 150);
  const choices: CandidateRow[] = useStoreQuery('candidates.list', { search: settled || undefined, limit: 100 }).data?.rows ?? [];
  const localQuery = useStoreQuery('candidates.scorecards', localId ? { candidateId: localId } : null);
  const local = localId && localQuery.data?.candidate.id === localId ? localQuery.data : null;

  useEffect(() => {
    void run(i18n.t('desk.kits.loading'), async () => setKits(await loadAllKits()));
  }, [run]);

  useEffect(() => setOverride(false), [localId]);
  const localName = local?.candidate.name;
  useEffect(() => {
    if (localName) setPicked(localName);
  }, [localName]);

  const read = useMemo(() => readScorecards(files, kits, localCards(local)), [files, kits, local]);
  const candidates = candidatesIn(read.cards);
  const candidate = candidates.some((c) => c.name.toLowerCase() === picked.trim().toLowerCase()) ? picked : (candidates[0]?.name ?? '');
  const debrief = useMemo(
    () => (candidate ? buildDebrief(read.cards, { candidate, kits, override }) : null),
    [read.cards, candidate, kits, override],
  );

  const localChoices =
    local && !choices.some((c) => c.candidate.id === local.candidate.id) ? [{ candidate: local.candidate }, ...choices] : choices;

  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none print:hidden">
        {i18n.t('desk.debrief.title')}
      </h2>
      <section aria-labelledby="debrief-sources" className="space-y-3 print:hidden">
        <h3 id="debrief-sources" className="text-base font-semibold">
          {i18n.t('desk.debrief.scorecards')}
        </h3>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={ids.search} className={labelText}>
              {i18n.t('desk.debrief.find')}
            </label>
            <input id={ids.search} type="search" className={inputBase} value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <div>
            <label htmlFor={ids.local} className={labelText}>
              {i18n.t('desk.debrief.yourScorecardsFor')}
            </label>
            <select
              id={ids.local}
              className={inputBase}
              value={localId}
              onChange={(e) => navigate('debrief', { candidate: e.target.value || undefined })}
            >
              <option value="">{i18n.t('desk.debrief.nobody')}</option>
              {localChoices.map((c) => (
                <option key={c.candidate.id} value={c.candidate.id}>
                  {c.candidate.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {local && (
          <p className="text-sm">
            {local.scorecards.length
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
              : i18n.t('desk.debrief.holdsNone', [local.candidate.name])}
          </p>
        )}
        <OutcomeLine outcome={outcome} />
        <DebriefFiles
          files={files}
          reports={read.reports}
          onAdd={(added) => setFiles((current) => [...current.filter((f) => !added.some((a) => a.name === f.name)), ...added])}
          onRemove={(name) => setFiles((current) => current.filter((f) => f.name !== name))}
        />
      </section>

      <section aria-labelledby="debrief-panel" className="space-y-3">
        <h3 id="debrief-panel" className="text-base font-semibold">
          {debrief ? i18n.t('desk.debrief.panelViewFor', [debrief.candidate]) : i18n.t('desk.debrief.panelView')}
        </h3>
        {candidates.length > 1 && (
          <div className="print:hidden">
            <label htmlFor={ids.candidate} className={labelText}>
              {i18n.t('desk.candidates.candidate')}
            </label>
            <select id={ids.candidate} className={inputBase} value={candidate} onChange={(e) => setPicked(e.target.value)}>
              {candidates.map((c) => (
                <option key={c.name} value={c.name}>
                  {i18n.t('desk.debrief.candidateOption', [c.name, formatNumber(c.scorecards)])}
                </option>
              ))}
            </select>
          </div>
        )}
        {!debrief && <p className="text-sm">{i18n.t('desk.debrief.choose')}</p>}
        {debrief && debrief.visibility.others === 'hidden' && (
          <div className={`${card} space-y-2 print:hidden`} role="region" aria-label={i18n.t('desk.debrief.hiddenRegion')}>
            <p id={ids.hiddenNote} className="text-sm">
              {debrief.visibility.because === 'no-own-scorecard'
                ? i18n.t('desk.debrief.hiddenNone', debrief.hidden, [formatNumber(debrief.hidden), debrief.candidate])
                : i18n.t('desk.debrief.hidden', debrief.hidden, [formatNumber(debrief.hidden), debrief.candidate])}
            </p>
            <button type="button" className={buttonSecondary} aria-describedby={ids.hiddenNote} onClick={() => setOverride(true)}>
              {i18n.t('desk.debrief.showAnyway')}
            </button>
          </div>
        )}
        {debrief && debrief.visibility.because === 'override' && (
          <p className={`${mutedText} print:hidden`}>
            {i18n.t('desk.debrief.overridden')}{' '}
            <button type="button" className="underline" onClick={() => setOverride(false)}>
              {i18n.t('desk.debrief.hideAgain')}
            </button>
          </p>
        )}
        {debrief && debrief.columns.length > 0 && (
          <>
            <div className="flex flex-wrap gap-2 print:hidden">
              <button
                type="button"
                className={buttonPrimary}
                onClick={() =>
                  downloadText(
                    `panelist-debrief-${debrief.candidate.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}.csv`,
                    debriefCsv(debrief),
                  )
                }
              >
                {i18n.t('desk.debrief.download')}
              </button>
              <button type="button" className={buttonSecondary} onClick={() => window.print()}>
                {i18n.t('desk.debrief.print')}
              </button>
            </div>
            <DebriefView debrief={debrief} />
          </>
        )}
      </section>
    </div>
  );
}
