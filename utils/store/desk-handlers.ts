import type { Handlers } from './dispatch';
import type { StoreContext } from './context';
import { archiveKit, deleteKit, duplicateKit, kitLibrary, renameKit } from './desk-kits';
import { candidatePage, candidateScorecards, deleteCandidate, historyIds, historyInterviewers, historyPage } from './desk-history';

export type DeskRequestName =
  | 'kits.library'
  | 'kits.rename'
  | 'kits.duplicate'
  | 'kits.archive'
  | 'kits.delete'
  | 'history.list'
  | 'history.ids'
  | 'history.interviewers'
  | 'candidates.page'
  | 'candidates.scorecards'
  | 'candidates.delete';

/** The requests only the desk (options page) makes; merged into the store's handler map. */
export function createDeskHandlers(ctx: StoreContext): Pick<Handlers, DeskRequestName> {
  return {
    'kits.library': () => kitLibrary(ctx),
    'kits.rename': (p) => renameKit(ctx, p.id, p.title),
    'kits.duplicate': (p) => duplicateKit(ctx, p.id, p.version, p.title),
    'kits.archive': (p) => archiveKit(ctx, p.id, p.archived),
    'kits.delete': (p) => deleteKit(ctx, p.id),
    'history.list': (p) => historyPage(ctx, p),
    'history.ids': (p) => historyIds(ctx, p),
    'history.interviewers': () => historyInterviewers(ctx),
    'candidates.page': (p) => candidatePage(ctx, p),
    'candidates.scorecards': (p) => candidateScorecards(ctx, p.candidateId),
    'candidates.delete': (p) => deleteCandidate(ctx, p.id),
  };
}
