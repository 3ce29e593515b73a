import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { Kit } from '@/utils/domain/kit/schema';
import type { KitLibraryEntry, KitSummary } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { buttonQuiet, buttonSecondary, card } from '@/components/common/styles';
import { KitPreview } from './KitPreview';
import { KitEntry } from './KitEntry';
import { KitImport } from './KitImport';
import { blankKit, KitEditor } from './KitEditor';
import { Confirm } from '@/components/common/Confirm';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction, useStoreQuery } from '@/components/hooks/useStore';

type Open = { id: string; mode: 'preview' | 'edit' | 'new'; kit: Kit } | null;

/** The kit library: every installed kit with what can be done to it, plus import. */
export function KitLibrary() {
  // The library follows the store: a kit saved, renamed or archived anywhere shows here at once.
  const entries = useStoreQuery('kits.list', { includeArchived: true }).data;
  const [showArchived, setShowArchived] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<KitLibraryEntry | null>(null);
  const { outcome, setOutcome, run, busy } = useStoreAction();
  const ids = { archived: useId(), preview: useId() };

  async function openKit(entry: KitLibraryEntry, mode: 'preview' | 'edit') {
    await run(i18n.t('desk.kits.opening', [entry.title]), async () =>
      setOpen({ id: entry.id, mode, kit: await request('kits.get', { id: entry.id }) }),
    );
  }

  const shown = (entries ?? []).filter((e) => showArchived || !e.archived);
  const archivedCount = (entries ?? []).filter((e) => e.archived).length;

  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        {i18n.t('desk.kits.title')}
      </h2>
      {entries ? <KitImport library={entries} /> : <p role="status">{i18n.t('desk.kits.loading')}</p>}
      <button
        type="button"
        className={buttonSecondary}
        onClick={() => {
          let id = 'new-kit';
          for (let n = 2; (entries ?? []).some((e) => e.id === id); n++) id = `new-kit-${n}`;
          setOpen({ id, mode: 'new', kit: blankKit(id) });
        }}
      >
        {i18n.t('desk.kits.newKit')}
      </button>

      <section aria-labelledby="kit-list-heading" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="kit-list-heading" className="text-base font-semibold">
            {i18n.t('desk.kits.installed')}
          </h3>
          <label htmlFor={ids.archived} className="flex items-center gap-2 text-sm">
            <input id={ids.archived} type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
            {i18n.t('desk.kits.showArchived', [formatNumber(archivedCount)])}
          </label>
        </div>
        <OutcomeLine outcome={outcome} />
        {deleting && (
          <Confirm
            title={i18n.t('desk.kits.deleteTitle', [deleting.title])}
            confirmLabel={i18n.t('desk.kits.deleteConfirm')}
            busy={busy}
            onCancel={() => setDeleting(null)}
            onConfirm={() => {
              const entry = deleting;
              setDeleting(null);
              if (open?.id === entry.id) setOpen(null);
              void run(i18n.t('desk.kits.deleting', [entry.title]), async () => {
                const { versions } = await request('kits.delete', { id: entry.id });
                return i18n.t('desk.kits.deleted', versions, [entry.title, formatNumber(versions)]);
              });
            }}
          >
            {i18n.t('desk.kits.deleteBody')}
          </Confirm>
        )}
        <ul className="space-y-2">
          {shown.map((entry) => (
            <KitEntry
              key={entry.id}
              entry={entry}
              renaming={renaming === entry.id}
              onRename={setRenaming}
              onOpen={openKit}
              onDelete={setDeleting}
              run={run}
            />
          ))}
        </ul>
        {entries && shown.length === 0 && <p className="text-sm">{i18n.t('desk.kits.none')}</p>}
      </section>

      {open && (
        <OpenKit
          open={open}
          entry={entries?.find((e) => e.id === open.id)}
          onClose={() => setOpen(null)}
          onSaved={(saved) => {
            setOpen(null);
            setOutcome({ kind: 'done', text: i18n.t('desk.kits.saved', [saved.title, formatNumber(saved.version)]) });
          }}
        />
      )}
    </div>
  );
}

/** The kit being previewed, edited or made from scratch. */
function OpenKit({
  open,
  entry,
  onClose,
  onSaved,
}: {
  open: NonNullable<Open>;
  entry: KitLibraryEntry | undefined;
  onClose(): void;
  onSaved(saved: KitSummary): void;
}) {
  const ids = { preview: useId() };
  return (
    <section aria-labelledby={ids.preview} className={`${card} space-y-2`}>
      <div className="flex items-center justify-between gap-2">
        <h3 id={ids.preview} className="text-base font-semibold">
          {open.mode === 'preview' ? i18n.t('desk.kits.previewOf', [open.kit.title]) : i18n.t('desk.kits.editOf', [open.kit.title])}
        </h3>
        <button type="button" className={buttonQuiet} onClick={onClose}>
          {open.mode === 'preview' ? i18n.t('desk.kits.closePreview') : i18n.t('desk.kits.closeEditor')}
        </button>
      </div>
      {open.mode === 'preview' ? (
        <KitPreview kit={open.kit} />
      ) : (
        <KitEditor
          kit={open.kit}
          isNew={open.mode === 'new'}
          inUse={(entry?.interviews ?? 0) > 0}
          versions={entry?.versions}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </section>
  );
}
