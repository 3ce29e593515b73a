import { useEffect, useId, useMemo, useState } from 'react';
import type { HistoryRow, InterviewFilter, KitLibraryEntry } from '@/utils/messaging/protocol';
import { request } from '@/utils/messaging/client';
import { formatScore } from '@/utils/scoring';
import { buttonQuiet, buttonSecondary, focusRing, inputBase, labelText, mutedText } from '@/components/common/styles';
import type { Navigate } from '../route';
import { OutcomeLine, badgeGood, badgeNeutral, formatDate, plural, td, th, useAction } from '../ui';
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

const rowName = (row: HistoryRow) => `${row.candidate.name}, ${row.roundTitle}, ${formatDate(row.interview.startedAt ?? row.interview.createdAt)}`;

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
  const ids = { search: useId(), kit: useId(), round: useId(), who: useId(), status: useId(), from: useId(), to: useId(), size: useId(), shape: useId() };

  useEffect(() => {
    void run('Loading filters…', async () => {
      const [library, names] = await Promise.all([request('kits.library', {}), request('history.interviewers', {})]);
      setKits(library);
      setInterviewers(names);
    });
  }, [run]);

  useEffect(() => {
    let live = true;
    void run('Loading interviews…', async () => {
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

  if (params.open)
    return <ScorecardView interviewId={params.open} onBack={() => navigate('history', { candidate: candidateId })} />;

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
        History
      </h2>
      <form role="search" aria-label="Filter interviews" className="grid gap-3 sm:grid-cols-4" onSubmit={(e) => e.preventDefault()}>
        <div className="sm:col-span-2">
          <label htmlFor={ids.search} className={labelText}>Search by candidate name</label>
          <input id={ids.search} type="search" className={inputBase} value={filters.search} onChange={(e) => setFilter('search', e.target.value)} />
        </div>
        <div>
          <label htmlFor={ids.kit} className={labelText}>Kit</label>
          <select id={ids.kit} className={inputBase} value={filters.kitId} onChange={(e) => setFilter('kitId', e.target.value)}>
            <option value="">All kits</option>
            {kits.map((k) => (
              <option key={k.id} value={k.id}>{k.title}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.round} className={labelText}>Round</label>
          <select id={ids.round} className={inputBase} value={filters.roundId} onChange={(e) => setFilter('roundId', e.target.value)}>
            <option value="">All rounds</option>
            {rounds.map(([id, title]) => (
              <option key={id} value={id}>{title}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.who} className={labelText}>Interviewer</label>
          <select id={ids.who} className={inputBase} value={filters.interviewer} onChange={(e) => setFilter('interviewer', e.target.value)}>
            <option value="">Everyone</option>
            {interviewers.map((name) => (
              <option key={name} value={name}>{name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.status} className={labelText}>Status</label>
          <select id={ids.status} className={inputBase} value={filters.status} onChange={(e) => setFilter('status', e.target.value as Filters['status'])}>
            <option value="">Any status</option>
            <option value="draft">Draft</option>
            <option value="submitted">Submitted</option>
          </select>
        </div>
        <div>
          <label htmlFor={ids.from} className={labelText}>From</label>
          <input id={ids.from} type="date" className={inputBase} value={filters.from} onChange={(e) => setFilter('from', e.target.value)} />
        </div>
        <div>
          <label htmlFor={ids.to} className={labelText}>To</label>
          <input id={ids.to} type="date" className={inputBase} value={filters.to} onChange={(e) => setFilter('to', e.target.value)} />
        </div>
        <div className="flex items-end gap-2 sm:col-span-4">
          {candidateId && (
            <button type="button" className={buttonSecondary} onClick={() => navigate('history')}>
              Show every candidate{rows[0] ? ` (now: ${rows[0].candidate.name})` : ''}
            </button>
          )}
          <button type="button" className={buttonQuiet} onClick={() => { setFilters(EMPTY); setOffset(0); }}>
            Clear filters
          </button>
        </div>
      </form>

      <OutcomeLine outcome={outcome} />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="text-left font-medium">
            {page ? `${plural(total, 'interview')}${total ? `, showing ${offset + 1}–${offset + rows.length}` : ''}` : 'Interviews'}
          </caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className={th}>
                <input
                  type="checkbox"
                  aria-label="Select every interview on this page"
                  checked={allOnPage}
                  onChange={(e) => rows.forEach((r) => toggle(r.interview.id, e.target.checked))}
                />
              </th>
              <th scope="col" className={th}>Date</th>
              <th scope="col" className={th}>Candidate</th>
              <th scope="col" className={th}>Kit and round</th>
              <th scope="col" className={th}>Interviewer</th>
              <th scope="col" className={th}>Status</th>
              <th scope="col" className={`${th} text-right`}>Total</th>
              <th scope="col" className={th}>Decision</th>
              <th scope="col" className={th}><span className="sr-only">Open</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.interview.id} className="border-b border-zinc-200 dark:border-zinc-800">
                <td className={td}>
                  <input type="checkbox" aria-label={`Select ${rowName(row)}`} checked={selected.has(row.interview.id)} onChange={(e) => toggle(row.interview.id, e.target.checked)} />
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatDate(row.interview.startedAt ?? row.interview.createdAt)}</td>
                <td className={td}>{row.candidate.name}</td>
                <td className={td}>
                  {row.kitTitle}
                  <span className={`block ${mutedText}`}>{row.roundTitle}</span>
                </td>
                <td className={td}>{row.interview.interviewer}</td>
                <td className={td}>
                  <span className={row.interview.status === 'submitted' ? badgeGood : badgeNeutral}>{row.interview.status}</span>
                </td>
                <td className={`${td} text-right tabular-nums`}>{formatScore(row.weightedTotal)}</td>
                <td className={td}>{row.decisionLabel || '—'}</td>
                <td className={td}>
                  <a
                    href={`#/history?open=${encodeURIComponent(row.interview.id)}${candidateId ? `&candidate=${encodeURIComponent(candidateId)}` : ''}`}
                    aria-label={`Open scorecard: ${rowName(row)}`}
                    className={`text-sky-800 underline dark:text-sky-300 ${focusRing}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate('history', { open: row.interview.id, candidate: candidateId });
                    }}
                  >
                    Open
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page && total === 0 && <p className="text-sm">No interview matches these filters.</p>}

      <nav aria-label="Pages of interviews" className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonSecondary} disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - limit))}>
          Previous page
        </button>
        <span className="text-sm">
          Page {Math.floor(offset / limit) + 1} of {Math.max(1, Math.ceil(total / limit))}
        </span>
        <button type="button" className={buttonSecondary} disabled={offset + limit >= total} onClick={() => setOffset(offset + limit)}>
          Next page
        </button>
        <label htmlFor={ids.size} className="ml-4 text-sm">Rows per page</label>
        <select id={ids.size} className={inputBase.replace('w-full', 'w-20')} value={limit} onChange={(e) => { setLimit(Number(e.target.value)); setOffset(0); }}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </nav>

      <section aria-labelledby="history-export-heading" className="space-y-2">
        <h3 id="history-export-heading" className="text-base font-semibold">Export CSV</h3>
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={ids.shape} className={labelText}>Layout</label>
            <select id={ids.shape} className={inputBase} value={shape} onChange={(e) => setShape(e.target.value as ExportShape)}>
              <option value="interviews">One row per interview</option>
              <option value="items">One row per question</option>
            </select>
          </div>
          <button type="button" className={buttonSecondary} disabled={selected.size === 0 || exporter.busy} onClick={() => exporter.exportIds(async () => [...selected].reverse(), shape, 'selection')}>
            Export selected ({selected.size})
          </button>
          <button type="button" className={buttonSecondary} disabled={total === 0 || exporter.busy} onClick={() => exporter.exportIds(() => request('history.ids', request_), shape, 'filtered')}>
            Export all matching ({total})
          </button>
          <button type="button" className={buttonSecondary} disabled={exporter.busy} onClick={() => exporter.exportIds(() => request('history.ids', {}), shape, 'all')}>
            Export everything
          </button>
          {selected.size > 0 && (
            <button type="button" className={buttonQuiet} onClick={() => setSelected(new Set())}>
              Clear selection
            </button>
          )}
        </div>
        {exporter.view}
      </section>
    </div>
  );
}
