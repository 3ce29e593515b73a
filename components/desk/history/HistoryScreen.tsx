import { useEffect, useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { formatLocalScore, formatNumber, NO_VALUE } from '@/utils/domain/format';
import type { HistoryRow, InterviewFilter, KitLibraryEntry } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { buttonQuiet, buttonSecondary, focusRing, inputBase, labelText, mutedText } from '@/components/common/styles';
import type { Navigate } from '../route';
import { OutcomeLine, badgeGood, badgeNeutral, formatDate, td, th, useAction } from '../ui';
import { useCsvExport } from './useCsvExport';
import { ScorecardView } from './ScorecardView';
import type { ExportShape } from './exportInBatches';

interface Filters {
  search: string;
  kitId: string;
  roundId: string;
  interviewer: string;
  status: '' | 'draft' | 'submitted';
  from: string;
  to: string;
}

const EMPTY: Filters = { search: '', kitId: '', roundId: '', interviewer: '', status: '', from: '', to: '' };
const PAGE_SIZES = [25, 50, 100];

/** `yyyy-mm-dd` from a date input as this browser's local midnight (or the last moment of that day). */
function dayBound(value: string, end: boolean): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return end ? start + 24 * 60 * 60 * 1000 - 1 : start;
}

export function toRequestFilter(filters: Filters, candidateId?: string): Omit<InterviewFilter, 'offset' | 'limit'> {
  return {
    ...(candidateId ? { candidateId } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.kitId ? { kitId: filters.kitId } : {}),
    ...(filters.roundId ? { roundId: filters.roundId } : {}),
    ...(filters.interviewer ? { interviewer: filters.interviewer } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(dayBound(filters.from, false) !== undefined ? { from: dayBound(filters.from, false) } : {}),
    ...(dayBound(filters.to, true) !== undefined ? { to: dayBound(filters.to, true) } : {}),
  };
}

/** Waits until typing pauses before searching. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const rowName = (row: HistoryRow) =>
  i18n.t('desk.history.rowName', [row.candidate.name, row.roundTitle, formatDate(row.interview.startedAt ?? row.interview.createdAt)]);

export function HistoryScreen({ params, navigate }: { params: Record<string, string>; navigate: Navigate }) {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState(50);
  const [page, setPage] = useState<{ rows: HistoryRow[]; total: number } | null>(null);
  const [kits, setKits] = useState<KitLibraryEntry[]>([]);
  const [interviewers, setInterviewers] = useState<string[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [shape, setShape] = useState<ExportShape>('interviews');
  const { outcome, run } = useAction();
  const exporter = useCsvExport();
  const search = useDebounced(filters.search, 250);
  const candidateId = params.candidate;
  const request_ = useMemo(() => toRequestFilter({ ...filters, search }, candidateId), [filters, search, candidateId]);
  const ids = {
    search: useId(),
    kit: useId(),
    round: useId(),
    who: useId(),
    status: useId(),
    from: useId(),
    to: useId(),
    size: useId(),
    shape: useId(),
  };

  useEffect(() => {
    void run(i18n.t('desk.history.loadingFilters'), async () => {
      const [library, names] = await Promise.all([request('kits.library', {}), request('history.interviewers', {})]);
      setKits(library);
      setInterviewers(names);
    });
  }, [run]);

  useEffect(() => {
    let live = true;
    void run(i18n.t('desk.history.loadingInterviews'), async () => {
      const result = await request('history.list', { ...request_, offset, limit });
      if (live) setPage(result);
    });
    return () => {
      live = false;
    };
  }, [run, request_, offset, limit, params.open]);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((f) => ({ ...f, [key]: value, ...(key === 'kitId' ? { roundId: '' } : {}) }));
    setOffset(0);
  };

  const rounds = useMemo(() => {
    const source = filters.kitId ? kits.filter((k) => k.id === filters.kitId) : kits;
    const seen = new Map<string, string>();
    for (const kit of source) for (const round of kit.rounds) if (!seen.has(round.id)) seen.set(round.id, round.title);
    return [...seen];
  }, [kits, filters.kitId]);

  if (params.open) return <ScorecardView interviewId={params.open} onBack={() => navigate('history', { candidate: candidateId })} />;

  const rows = page?.rows ?? [];
  const total = page?.total ?? 0;
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.interview.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        {i18n.t('desk.history.title')}
      </h2>
      <form
        role="search"
        aria-label={i18n.t('desk.history.filterLabel')}
        className="grid gap-3 sm:grid-cols-4"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="sm:col-span-2">
          <label htmlFor={ids.search} className={labelText}>
            {i18n.t('desk.history.search')}
          </label>
          <input
            id={ids.search}
            type="search"
            className={inputBase}
            value={filters.search}
            onChange={(e) => setFilter('search', e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={ids.kit} className={labelText}>
            {i18n.t('desk.history.kit')}
          </label>
          <select id={ids.kit} className={inputBase} value={filters.kitId} onChange={(e) => setFilter('kitId', e.target.value)}>
            <option value="">{i18n.t('desk.history.allKits')}</option>
            {kits.map((k) => (
              <option key={k.id} value={k.id}>
                {k.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.round} className={labelText}>
            {i18n.t('desk.history.round')}
          </label>
          <select id={ids.round} className={inputBase} value={filters.roundId} onChange={(e) => setFilter('roundId', e.target.value)}>
            <option value="">{i18n.t('desk.history.allRounds')}</option>
            {rounds.map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.who} className={labelText}>
            {i18n.t('desk.history.interviewer')}
          </label>
          <select id={ids.who} className={inputBase} value={filters.interviewer} onChange={(e) => setFilter('interviewer', e.target.value)}>
            <option value="">{i18n.t('desk.history.everyone')}</option>
            {interviewers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.status} className={labelText}>
            {i18n.t('desk.history.status')}
          </label>
          <select
            id={ids.status}
            className={inputBase}
            value={filters.status}
            onChange={(e) => setFilter('status', e.target.value as Filters['status'])}
          >
            <option value="">{i18n.t('desk.history.anyStatus')}</option>
            <option value="draft">{i18n.t('desk.history.draftOption')}</option>
            <option value="submitted">{i18n.t('desk.history.submittedOption')}</option>
          </select>
        </div>
        <div>
          <label htmlFor={ids.from} className={labelText}>
            {i18n.t('desk.history.from')}
          </label>
          <input id={ids.from} type="date" className={inputBase} value={filters.from} onChange={(e) => setFilter('from', e.target.value)} />
        </div>
        <div>
          <label htmlFor={ids.to} className={labelText}>
            {i18n.t('desk.history.to')}
          </label>
          <input id={ids.to} type="date" className={inputBase} value={filters.to} onChange={(e) => setFilter('to', e.target.value)} />
        </div>
        <div className="flex items-end gap-2 sm:col-span-4">
          {candidateId && (
            <button type="button" className={buttonSecondary} onClick={() => navigate('history')}>
              {rows[0] ? i18n.t('desk.history.everyCandidateNow', [rows[0].candidate.name]) : i18n.t('desk.history.everyCandidate')}
            </button>
          )}
          <button
            type="button"
            className={buttonQuiet}
            onClick={() => {
              setFilters(EMPTY);
              setOffset(0);
            }}
          >
            {i18n.t('desk.history.clearFilters')}
          </button>
        </div>
      </form>

      <OutcomeLine outcome={outcome} />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="text-left font-medium">
            {page
              ? total
                ? i18n.t('desk.history.captionShowing', total, [
                    formatNumber(total),
                    formatNumber(offset + 1),
                    formatNumber(offset + rows.length),
                  ])
                : i18n.t('desk.history.interviewCount', total, [formatNumber(total)])
              : i18n.t('desk.history.caption')}
          </caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className={th}>
                <input
                  type="checkbox"
                  aria-label={i18n.t('desk.history.selectPage')}
                  checked={allOnPage}
                  onChange={(e) => rows.forEach((r) => toggle(r.interview.id, e.target.checked))}
                />
              </th>
              <th scope="col" className={th}>
                {i18n.t('desk.history.colDate')}
              </th>
              <th scope="col" className={th}>
                {i18n.t('desk.history.colCandidate')}
              </th>
              <th scope="col" className={th}>
                {i18n.t('desk.history.colKitRound')}
              </th>
              <th scope="col" className={th}>
                {i18n.t('desk.history.interviewer')}
              </th>
              <th scope="col" className={th}>
                {i18n.t('desk.history.status')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {i18n.t('desk.history.colTotal')}
              </th>
              <th scope="col" className={th}>
                {i18n.t('desk.history.colDecision')}
              </th>
              <th scope="col" className={th}>
                <span className="sr-only">{i18n.t('desk.history.colOpen')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.interview.id} className="border-b border-zinc-200 dark:border-zinc-800">
                <td className={td}>
                  <input
                    type="checkbox"
                    aria-label={i18n.t('desk.history.selectRow', [rowName(row)])}
                    checked={selected.has(row.interview.id)}
                    onChange={(e) => toggle(row.interview.id, e.target.checked)}
                  />
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatDate(row.interview.startedAt ?? row.interview.createdAt)}</td>
                <td className={td}>{row.candidate.name}</td>
                <td className={td}>
                  {row.kitTitle}
                  <span className={`block ${mutedText}`}>{row.roundTitle}</span>
                </td>
                <td className={td}>{row.interview.interviewer}</td>
                <td className={td}>
                  <span className={row.interview.status === 'submitted' ? badgeGood : badgeNeutral}>
                    {row.interview.status === 'submitted' ? i18n.t('desk.history.submitted') : i18n.t('desk.history.draft')}
                  </span>
                </td>
                <td className={`${td} text-right tabular-nums`}>{formatLocalScore(row.weightedTotal)}</td>
                <td className={td}>{row.decisionLabel || NO_VALUE}</td>
                <td className={td}>
                  <a
                    href={`#/history?open=${encodeURIComponent(row.interview.id)}${candidateId ? `&candidate=${encodeURIComponent(candidateId)}` : ''}`}
                    aria-label={i18n.t('desk.history.openRow', [rowName(row)])}
                    className={`text-sky-800 underline dark:text-sky-300 ${focusRing}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate('history', { open: row.interview.id, candidate: candidateId });
                    }}
                  >
                    {i18n.t('desk.history.open')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page && total === 0 && <p className="text-sm">{i18n.t('desk.history.noMatch')}</p>}

      <nav aria-label={i18n.t('desk.history.pagesNav')} className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonSecondary} disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - limit))}>
          {i18n.t('desk.history.previousPage')}
        </button>
        <span className="text-sm">
          {i18n.t('desk.history.pageOf', [
            formatNumber(Math.floor(offset / limit) + 1),
            formatNumber(Math.max(1, Math.ceil(total / limit))),
          ])}
        </span>
        <button type="button" className={buttonSecondary} disabled={offset + limit >= total} onClick={() => setOffset(offset + limit)}>
          {i18n.t('desk.history.nextPage')}
        </button>
        <label htmlFor={ids.size} className="ml-4 text-sm">
          {i18n.t('desk.history.rowsPerPage')}
        </label>
        <select
          id={ids.size}
          className={inputBase.replace('w-full', 'w-20')}
          value={limit}
          onChange={(e) => {
            setLimit(Number(e.target.value));
            setOffset(0);
          }}
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {formatNumber(n)}
            </option>
          ))}
        </select>
      </nav>

      <section aria-labelledby="history-export-heading" className="space-y-2">
        <h3 id="history-export-heading" className="text-base font-semibold">
          {i18n.t('desk.history.exportTitle')}
        </h3>
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={ids.shape} className={labelText}>
              {i18n.t('desk.history.layout')}
            </label>
            <select id={ids.shape} className={inputBase} value={shape} onChange={(e) => setShape(e.target.value as ExportShape)}>
              <option value="interviews">{i18n.t('desk.history.rowPerInterview')}</option>
              <option value="items">{i18n.t('desk.history.rowPerQuestion')}</option>
            </select>
          </div>
          <button
            type="button"
            className={buttonSecondary}
            disabled={selected.size === 0 || exporter.busy}
            onClick={() => exporter.exportIds(async () => [...selected].reverse(), shape, 'selection')}
          >
            {i18n.t('desk.history.exportSelected', [formatNumber(selected.size)])}
          </button>
          <button
            type="button"
            className={buttonSecondary}
            disabled={total === 0 || exporter.busy}
            onClick={() => exporter.exportIds(() => request('history.ids', request_), shape, 'filtered')}
          >
            {i18n.t('desk.history.exportMatching', [formatNumber(total)])}
          </button>
          <button
            type="button"
            className={buttonSecondary}
            disabled={exporter.busy}
            onClick={() => exporter.exportIds(() => request('history.ids', {}), shape, 'all')}
          >
            {i18n.t('desk.history.exportEverything')}
          </button>
          {selected.size > 0 && (
            <button type="button" className={buttonQuiet} onClick={() => setSelected(new Set())}>
              {i18n.t('desk.history.clearSelection')}
            </button>
          )}
        </div>
        {exporter.view}
      </section>
    </div>
  );
}
