import { useEffect } from 'react';
import { i18n } from '#i18n';
import { useStoreQuery } from '@/components/hooks/useStore';
import { useSettings } from '@/components/hooks/useSettings';
import { DebriefRunner } from '@/components/debrief/DebriefRunner';
import { DebriefStart } from '@/components/debrief/DebriefStart';
import { ReferenceChecks } from '@/components/debrief/references/ReferenceChecks';
import { buttonQuiet, card } from '@/components/common/styles';
import type { Navigate } from '../route';
import { CandidatePicker } from './CandidatePicker';
import { CandidateDebriefs } from './CandidateDebriefs';

const focusReferences = () => document.getElementById('reference-checks-heading')?.focus();

/**
 * The desk's side of the decision meeting: pick the candidate, start or resume their debrief and
 * run it here (the same meeting the panel runs on a call), and run their reference checks. The
 * route says where: `#/debrief?candidate=<id>&debrief=<id>&part=references`.
 */
export function DebriefScreen({ params, navigate }: { params: Record<string, string>; navigate: Navigate }) {
  const debriefId = params.debrief ?? '';
  const found = useStoreQuery('debriefs.get', debriefId ? { id: debriefId } : null).data;
  const open = found?.debrief.id === debriefId ? found : undefined;
  const candidateId = params.candidate ?? open?.debrief.candidateId ?? '';
  const { settings } = useSettings();
  const facilitator = settings.interviewerName ?? '';
  const query = useStoreQuery('candidates.scorecards', candidateId ? { candidateId } : null);
  const local = candidateId && query.data?.candidate.id === candidateId ? query.data : null;
  // Reference checks ask the questions of the candidate's kit: the open debrief's, else their scorecards', else their last debrief's, else the library's first.
  const needKit = !open && !!local && local.kits.length === 0;
  const lastDebrief = useStoreQuery('debriefs.list', needKit ? { candidateId, limit: 1 } : null).data?.[0];
  const library = useStoreQuery('kits.list', needKit ? {} : null).data;
  const fallback = lastDebrief ? { id: lastDebrief.kitId, version: lastDebrief.kitVersion } : library?.[0] ? { id: library[0].id } : null;
  const fallbackKit = useStoreQuery('kits.get', needKit ? fallback : null).data;
  const kit = open ? open.kit : (local?.kits.at(-1) ?? fallbackKit);
  const wantsReferences = params.part === 'references' && !!kit;
  useEffect(() => {
    if (wantsReferences) focusReferences();
  }, [wantsReferences]);

  const references = local && kit && <ReferenceChecks candidate={local.candidate} kit={kit} by={facilitator} />;
  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none print:hidden">
        {i18n.t('desk.debrief.title')}
      </h2>
      {debriefId ? (
        <DebriefRunner
          debriefId={debriefId}
          onShowReferences={focusReferences}
          references={references}
          actions={
            <button
              type="button"
              className={`${buttonQuiet} print:hidden`}
              onClick={() => navigate('debrief', { candidate: candidateId || undefined })}
            >
              {i18n.t('desk.debrief.back')}
            </button>
          }
        />
      ) : (
        <>
          <section aria-labelledby="debrief-candidate" className="space-y-3">
            <h3 id="debrief-candidate" className="text-base font-semibold">
              {i18n.t('desk.debrief.whoFor')}
            </h3>
            <CandidatePicker local={local} onPick={(id) => navigate('debrief', { candidate: id })} />
          </section>
          {local ? (
            <CandidateDebriefs
              local={local}
              facilitator={facilitator}
              onOpen={(id) => navigate('debrief', { candidate: local.candidate.id, debrief: id })}
            />
          ) : (
            <section aria-labelledby="debrief-someone" className={`${card} max-w-md space-y-2`}>
              <h3 id="debrief-someone" className="text-base font-semibold">
                {i18n.t('desk.debrief.startForName')}
              </h3>
              <DebriefStart facilitator={facilitator} onOpened={(id) => navigate('debrief', { debrief: id })} />
            </section>
          )}
          {references}
        </>
      )}
    </div>
  );
}
