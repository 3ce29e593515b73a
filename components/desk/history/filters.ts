import type { InterviewFilter } from '@/utils/protocol';

/** The history filters as the form holds them (strings, '' for "any"). */
export interface HistoryFilters {
  search: string;
  kitId: string;
  roundId: string;
  interviewer: string;
  status: '' | 'draft' | 'submitted';
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilters = { search: '', kitId: '', roundId: '', interviewer: '', status: '', from: '', to: '' };

/** `yyyy-mm-dd` from a date input as this browser's local midnight (or the last moment of that day). */
function dayBound(value: string, end: boolean): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return end ? start + 24 * 60 * 60 * 1000 - 1 : start;
}

/** The store's interview filter for what the form says (only the criteria that are set). */
export function toRequestFilter(filters: HistoryFilters, candidateId?: string): Omit<InterviewFilter, 'offset' | 'limit'> {
  const from = dayBound(filters.from, false);
  const to = dayBound(filters.to, true);
  return {
    ...(candidateId ? { candidateId } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.kitId ? { kitId: filters.kitId } : {}),
    ...(filters.roundId ? { roundId: filters.roundId } : {}),
    ...(filters.interviewer ? { interviewer: filters.interviewer } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

/** Rows per page when the screen opens. */
export const HISTORY_PAGE_SIZE = 50;

/** The page request the history screen sends: built in one place, so a prefetch asks exactly what the screen will. */
export function historyPageRequest(filter: Omit<InterviewFilter, 'offset' | 'limit'>, offset: number, limit: number): InterviewFilter {
  return { ...filter, offset, limit };
}

/** The page the screen asks for first on a route with these params (none while a scorecard is open). */
export function firstHistoryPage(params: Record<string, string>): InterviewFilter | null {
  return params.open ? null : historyPageRequest(toRequestFilter(NO_FILTERS, params.candidate), 0, HISTORY_PAGE_SIZE);
}
