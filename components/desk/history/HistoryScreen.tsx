import { useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { Pager } from '@/components/common/Pager';
import { useDebounced } from '@/components/hooks/useDebounced';
import { useStoreQuery } from '@/components/hooks/useStore';
import type { Navigate } from '../route';
import { HISTORY_PAGE_SIZE, NO_FILTERS, historyPageRequest, toRequestFilter, type HistoryFilters } from './filters';
import { HistoryFilterForm } from './HistoryFilterForm';
import { HistoryTable } from './HistoryTable';
import { HistoryExport } from './HistoryExport';
import { ScorecardView } from './ScorecardView';

const PAGE_SIZES = [25, 50, 100];

/**
 * Every interview in this browser, newest first, filtered and paged; the list follows the store,
 * so a scorecard submitted in a call shows here without a reload.
 */
export function HistoryScreen({ params, navigate }: { params: Record<string, string>; navigate: Navigate }) {
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState(HISTORY_PAGE_SIZE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const search = useDebounced(filters.search, 250);
  const candidateId = params.candidate;
  const filter = useMemo(() => toRequestFilter({ ...filters, search }, candidateId), [filters, search, candidateId]);
  // The page is asked for first and its total after it has come once: counting reads every
  // matching index entry, and the rows should not wait behind it (the pager fills in after).
  const page = useStoreQuery('interviews.page', params.open ? null : historyPageRequest(filter, offset, limit));
  const counted = useStoreQuery('interviews.count', params.open || !page.data ? null : filter);
  // The filters' choices are asked for once the first rows have come (or failed), so the store
  // reads those first.
  const rowsCame = page.data !== undefined || page.error !== null;
  const kits = useStoreQuery('kits.summaries', rowsCame ? { includeArchived: true } : null);
  const interviewers = useStoreQuery('interviews.interviewers', rowsCame ? {} : null);

  if (params.open) return <ScorecardView interviewId={params.open} onBack={() => navigate('history', { candidate: candidateId })} />;

  const rows = page.data?.rows ?? [];
  // Until the count for these filters is in, the pager knows there is at least this page.
  const known = counted.data && !counted.loading ? counted.data.total : null;
  const total = known ?? offset + rows.length;
  const error = page.error ?? counted.error ?? kits.error ?? interviewers.error;
  const setFilter = <K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K]) => {
    setFilters((f) => ({ ...f, [key]: value, ...(key === 'kitId' ? { roundId: '' } : {}) }));
    setOffset(0);
  };
  const select = (ids: readonly string[], on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  const openHref = (interviewId: string) =>
    `#/history?open=${encodeURIComponent(interviewId)}${candidateId ? `&candidate=${encodeURIComponent(candidateId)}` : ''}`;

  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        {i18n.t('desk.history.title')}
      </h2>
      <HistoryFilterForm
        filters={filters}
        kits={kits.data ?? []}
        interviewers={interviewers.data ?? []}
        onChange={setFilter}
        onClear={() => {
          setFilters(NO_FILTERS);
          setOffset(0);
        }}
        everyCandidate={
          candidateId
            ? {
                label: rows[0] ? i18n.t('desk.history.everyCandidateNow', [rows[0].candidate.name]) : i18n.t('desk.history.everyCandidate'),
                onClick: () => navigate('history'),
              }
            : undefined
        }
      />
      <p role="status" className="min-h-5 text-sm">
        {page.loading ? i18n.t('desk.history.loadingInterviews') : ''}
      </p>
      {error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {error.message}
        </p>
      )}
      <HistoryTable
        rows={rows}
        total={page.data ? known : null}
        offset={offset}
        selected={selected}
        onSelect={select}
        hrefOf={(row) => openHref(row.interview.id)}
        onOpen={(row) => navigate('history', { open: row.interview.id, candidate: candidateId })}
      />
      {page.data && !page.loading && rows.length === 0 && offset === 0 && <p className="text-sm">{i18n.t('desk.history.noMatch')}</p>}
      <Pager
        label={i18n.t('desk.history.pagesNav')}
        offset={offset}
        limit={limit}
        total={total}
        onOffset={setOffset}
        pageSizes={PAGE_SIZES}
        onLimit={setLimit}
      />
      <HistoryExport selected={selected} onClearSelection={() => setSelected(new Set())} filter={filter} matching={known ?? 0} />
    </div>
  );
}
