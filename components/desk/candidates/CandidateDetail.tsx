import { useState } from 'react';
import { i18n } from '#i18n';
import { formatLocalScore, formatNumber, NO_VALUE, formatDateTime } from '@/utils/domain/format';
import type { Kit } from '@/utils/domain/kit/schema';
import type { Interview } from '@/utils/domain/interview/schema';
import { request } from '@/utils/client/request';
import { scoreInputFor, scoreInterview, type ScoreSummary } from '@/utils/domain/scoring';
import { buttonDanger, buttonQuiet, buttonSecondary, mutedText, tableCell, tableHeader } from '@/components/common/styles';
import type { Navigate } from '../route';
import { useCsvExport } from '../history/useCsvExport';
import { Confirm } from '@/components/common/Confirm';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction, useStoreQuery } from '@/components/hooks/useStore';
import type { CandidateScorecards } from '@/utils/protocol';

interface Scored {
  interview: Interview;
  answers: number;
  score: ScoreSummary;
}

/** One table per kit: categories down the side, this candidate's interviews across. */
function KitTable({ kit, cards }: { kit: Kit; cards: Scored[] }) {
  const roundTitle = (i: Interview) => kit.rounds.find((r) => r.id === i.roundId)?.title ?? i.roundId;
  const decision = (i: Interview) => kit.decisionOptions.find((d) => d.id === i.decisionId)?.label ?? NO_VALUE;
  return (
    <div className="overflow-x-auto">
      <table className="text-sm">
        <caption className="text-left font-medium">{i18n.t('desk.candidates.categoryScores', [kit.title])}</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className={tableHeader}>
              {i18n.t('desk.kitPreview.category')}
            </th>
            {cards.map(({ interview }) => (
              <th key={interview.id} scope="col" className={tableHeader}>
                {roundTitle(interview)}
                <span className={`block font-normal ${mutedText}`}>
                  {i18n.t('desk.candidates.columnDetail', [
                    interview.interviewer,
                    formatDateTime(interview.startedAt ?? interview.createdAt),
                    interview.status === 'submitted' ? i18n.t('desk.history.submitted') : i18n.t('desk.history.draft'),
                  ])}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kit.categories.map((category) => (
            <tr key={category.id} className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="row" className={`${tableCell} text-left font-normal`}>
                {category.name}
                <span className={`block ${mutedText}`}>{i18n.t('desk.candidates.min', [formatLocalScore(category.minScore)])}</span>
              </th>
              {cards.map(({ interview, score }) => {
                const c = score.categories.find((x) => x.categoryId === category.id);
                return (
                  <td
                    key={interview.id}
                    className={`${tableCell} tabular-nums ${c?.belowMinimum ? 'text-rose-700 dark:text-rose-300' : ''}`}
                  >
                    {formatLocalScore(c?.score)}
                    {c?.belowMinimum && <span className="sr-only"> {i18n.t('desk.candidates.belowMinimum')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-medium">
            <th scope="row" className={`${tableCell} text-left`}>
              {i18n.t('desk.candidates.weightedTotal')}
            </th>
            {cards.map(({ interview, score }) => (
              <td key={interview.id} className={`${tableCell} tabular-nums`}>
                {formatLocalScore(score.weightedTotal)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className={`${tableCell} text-left`}>
              {i18n.t('desk.history.colDecision')}
            </th>
            {cards.map(({ interview }) => (
              <td key={interview.id} className={tableCell}>
                {decision(interview)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The candidate's scorecards by kit, each scored with the kit version it ran. */
function groupByKit(data: CandidateScorecards): Map<string, { kit: Kit; cards: Scored[] }> {
  const byKit = new Map<string, { kit: Kit; cards: Scored[] }>();
  for (const { interview, answers: theirs } of data.scorecards) {
    const kit = data.kits.find((k) => k.id === interview.kitId && k.version === interview.kitVersion);
    if (!kit) continue;
    const group = byKit.get(kit.id) ?? { kit, cards: [] };
    group.cards.push({ interview, answers: theirs.length, score: scoreInterview(scoreInputFor(kit, interview, theirs)) });
    byKit.set(kit.id, group);
  }
  return byKit;
}

type Action = ReturnType<typeof useStoreAction>;

/** "Delete candidate", saying first what goes with them. */
function DeleteCandidate({
  data,
  answers,
  busy,
  run,
  onCancel,
  navigate,
}: {
  data: CandidateScorecards;
  answers: number;
  busy: boolean;
  run: Action['run'];
  onCancel(): void;
  navigate: Navigate;
}) {
  const { candidate } = data;
  return (
    <Confirm
      title={i18n.t('desk.candidates.deleteTitle', [candidate.name])}
      confirmLabel={i18n.t('desk.candidates.deleteConfirm')}
      busy={busy}
      onCancel={onCancel}
      onConfirm={() =>
        void run(i18n.t('desk.candidates.deleting', [candidate.name]), async () => {
          const result = await request('candidates.delete', { id: candidate.id });
          onCancel();
          // The list says what went, since this page is gone.
          navigate('candidates', {
            deleted: i18n.t('desk.candidates.deleted', [
              result.candidate.name,
              i18n.t('desk.history.interviewCount', result.interviews, [formatNumber(result.interviews)]),
              i18n.t('desk.candidates.answers', result.answers, [formatNumber(result.answers)]),
            ]),
          });
        })
      }
    >
      {i18n.t('desk.candidates.deleteBody', [
        candidate.name,
        i18n.t('desk.history.interviewCount', data.scorecards.length, [formatNumber(data.scorecards.length)]),
        i18n.t('desk.candidates.answers', answers, [formatNumber(answers)]),
      ])}
    </Confirm>
  );
}

export function CandidateDetail({ candidateId, navigate }: { candidateId: string; navigate: Navigate }) {
  const query = useStoreQuery('candidates.scorecards', { candidateId });
  const data = query.data?.candidate.id === candidateId ? query.data : undefined;
  const [confirming, setConfirming] = useState(false);
  const { outcome, run, busy } = useStoreAction();
  const exporter = useCsvExport();

  const back = (
    <button type="button" className={buttonQuiet} onClick={() => navigate('candidates')}>
      {i18n.t('desk.candidates.back')}
    </button>
  );
  if (!data)
    return (
      <div className="space-y-2">
        <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
          {i18n.t('desk.candidates.candidate')}
        </h2>
        {back}
        <OutcomeLine
          outcome={query.error ? { kind: 'error', text: query.error.message } : { kind: 'busy', text: i18n.t('common.loading') }}
        />
      </div>
    );

  const { candidate } = data;
  const answers = data.scorecards.reduce((n, s) => n + s.answers.length, 0);
  const byKit = groupByKit(data);

  return (
    <div className="space-y-4">
      {back}
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        {candidate.name}
      </h2>
      <p className={mutedText}>
        {candidate.email
          ? i18n.t('desk.candidates.summaryWithEmail', data.scorecards.length, [
              candidate.email,
              formatNumber(data.scorecards.length),
              formatDateTime(candidate.createdAt),
            ])
          : i18n.t('desk.candidates.summary', data.scorecards.length, [
              formatNumber(data.scorecards.length),
              formatDateTime(candidate.createdAt),
            ])}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonSecondary} onClick={() => navigate('history', { candidate: candidate.id })}>
          {i18n.t('desk.candidates.showInHistory')}
        </button>
        <button type="button" className={buttonSecondary} onClick={() => navigate('debrief', { candidate: candidate.id })}>
          {i18n.t('desk.candidates.openDebrief')}
        </button>
        <button
          type="button"
          className={buttonSecondary}
          onClick={() => navigate('debrief', { candidate: candidate.id, part: 'references' })}
        >
          {i18n.t('references.fromCandidate')}
        </button>
        <button
          type="button"
          className={buttonSecondary}
          disabled={exporter.busy || data.scorecards.length === 0}
          onClick={() => exporter.exportScope({ filter: { candidateId: candidate.id } }, 'interviews', candidate.name)}
        >
          {i18n.t('desk.candidates.export')}
        </button>
        <button type="button" className={buttonDanger} onClick={() => setConfirming(true)}>
          {i18n.t('desk.candidates.delete')}
        </button>
      </div>
      {exporter.view}
      {confirming && (
        <DeleteCandidate data={data} answers={answers} busy={busy} run={run} onCancel={() => setConfirming(false)} navigate={navigate} />
      )}
      <OutcomeLine outcome={outcome} />
      {[...byKit.values()].map(({ kit, cards }) => (
        <KitTable key={kit.id} kit={kit} cards={cards} />
      ))}
      {data.scorecards.length === 0 && <p className="text-sm">{i18n.t('desk.candidates.noInterviews')}</p>}
    </div>
  );
}
