import { useEffect, useId, useState } from 'react';
import type { CandidateRow } from '@/utils/messaging/protocol';
import { request } from '@/utils/messaging/client';
import { buttonSecondary, focusRing, inputBase, labelText } from '@/components/common/styles';
import type { Navigate } from '../route';
import { OutcomeLine, formatDate, plural, td, th, useAction } from '../ui';
import { CandidateDetail } from './CandidateDetail';

const PAGE = 50;

/** Everyone interviewed in this browser, by name; opening one shows all their rounds side by side. */
export function CandidatesScreen({ params, navigate }: { params: Record<string, string>; navigate: Navigate }) {
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ rows: CandidateRow[]; total: number } | null>(null);
  const { outcome, run } = useAction();
  const searchId = useId();

  useEffect(() => {
    if (params.id) return;
    let live = true;
    const timer = setTimeout(
      () =>
        void run('Loading candidates…', async () => {
          const result = await request('candidates.page', { search: search.trim() || undefined, offset, limit: PAGE });
          if (live) setPage(result);
        }),
      search ? 200 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [run, search, offset, params.id]);

  if (params.id) return <CandidateDetail candidateId={params.id} navigate={navigate} />;
  const rows = page?.rows ?? [];
  const total = page?.total ?? 0;

  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        Candidates
      </h2>
      <div role="search" className="max-w-md">
        <label htmlFor={searchId} className={labelText}>Search candidates by name or email</label>
        <input
          id={searchId}
          type="search"
          className={inputBase}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      {params.deleted && (
        <p role="status" className="text-sm">
          {params.deleted}
        </p>
      )}
      <OutcomeLine outcome={outcome} />
      <table className="w-full text-sm">
        <caption className="text-left font-medium">{page ? plural(total, 'candidate') : 'Candidates'}</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Email</th>
            <th scope="col" className={`${th} text-right`}>Interviews</th>
            <th scope="col" className={th}>Latest interview</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.candidate.id} className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="row" className={`${td} text-left font-normal`}>
                <a
                  href={`#/candidates?id=${encodeURIComponent(row.candidate.id)}`}
                  className={`text-sky-800 underline dark:text-sky-300 ${focusRing}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate('candidates', { id: row.candidate.id });
                  }}
                >
                  {row.candidate.name}
                </a>
              </th>
              <td className={td}>{row.candidate.email || '—'}</td>
              <td className={`${td} text-right tabular-nums`}>{row.interviews}</td>
              <td className={td}>{formatDate(row.lastInterviewAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page && total === 0 && <p className="text-sm">No candidate matches.</p>}
      <nav aria-label="Pages of candidates" className="flex items-center gap-2">
        <button type="button" className={buttonSecondary} disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          Previous page
        </button>
        <span className="text-sm">
          Page {Math.floor(offset / PAGE) + 1} of {Math.max(1, Math.ceil(total / PAGE))}
        </span>
        <button type="button" className={buttonSecondary} disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          Next page
        </button>
      </nav>
    </div>
  );
}
