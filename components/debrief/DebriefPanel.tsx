import { i18n } from '#i18n';
import type { HostFrame } from '@/components/hooks/useHostFrame';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { useStoreQuery } from '@/components/hooks/useStore';
import { PanelFrame } from '@/components/panel/PanelFrame';
import { buttonQuiet, linkText } from '@/components/common/styles';
import { DebriefRunner } from './DebriefRunner';
import { deskDebriefUrl } from './links';

/** A debrief in the panel, beside the debrief's own call; the reference-check forms open in the desk. */
export function DebriefPanel({
  debriefId,
  host,
  settings,
  onExit,
}: {
  debriefId: string;
  host: HostFrame;
  settings: SettingsHandle;
  onExit(): void;
}) {
  const candidateId = useStoreQuery('debriefs.get', { id: debriefId }).data?.debrief.candidateId;
  const references = candidateId ? deskDebriefUrl(candidateId, { debrief: debriefId, part: 'references' }) : '';
  return (
    <PanelFrame host={host} settings={settings}>
      <div className="p-3">
        <DebriefRunner
          debriefId={debriefId}
          onShowReferences={() => references && window.open(references, '_blank', 'noopener')}
          references={
            references && (
              <a className={linkText} href={references} target="_blank" rel="noopener">
                {i18n.t('debrief.panel.openReferences')}
              </a>
            )
          }
          actions={
            <button type="button" className={buttonQuiet} onClick={onExit}>
              {i18n.t('debrief.panel.leave')}
            </button>
          }
        />
      </div>
    </PanelFrame>
  );
}
