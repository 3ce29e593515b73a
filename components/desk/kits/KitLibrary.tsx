import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { Kit } from '@/utils/domain/kit/schema';
import type { KitLibraryEntry } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { downloadText } from '@/components/common/download';
import { buttonQuiet, buttonSecondary, card, inputBase, labelText, mutedText, badgeNeutral, badgeWarn } from '@/components/common/styles';
import { KitPreview } from './KitPreview';
import { KitImport } from './KitImport';
import { blankKit, KitEditor } from './KitEditor';
import { Confirm } from '@/components/common/Confirm';
import { OutcomeLine } from '@/components/common/OutcomeLine';
import { useStoreAction, useStoreQuery } from '@/components/hooks/useStore';

type Open = { id: string; mode: 'preview' | 'edit' | 'new'; kit: Kit } | null;

function RenameForm({ entry, onDone, onCancel }: { entry: KitLibraryEntry; onDone(title: string): void; onCancel(): void }) {
  const [title, setTitle] = useState(entry.title);
  const id = useId();
  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) onDone(title);
      }}
    >
      <div>
        <label htmlFor={id} className={labelText}>
          {i18n.t('desk.kits.newName', [entry.title])}
        </label>
        <input id={id} className={inputBase} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus required />
      </div>
      <button type="submit" className={buttonSecondary} disabled={!title.trim()}>
        {i18n.t('desk.kits.saveName')}
      </button>
      <button type="button" className={buttonQuiet} onClick={onCancel}>
        {i18n.t('common.cancel')}
      </button>
    </form>
  );
}

type Run = ReturnType<typeof useStoreAction>['run'];

function KitEntry({
  entry,
  renaming,
  onRename,
  onOpen,
  onDelete,
  run,
}: {
  entry: KitLibraryEntry;
  renaming: boolean;
  onRename(id: string | null): void;
  onOpen(entry: KitLibraryEntry, mode: 'preview' | 'edit'): void;
  onDelete(entry: KitLibraryEntry): void;
  run: Run;
}) {
  async function exportKit() {
    await run(i18n.t('desk.kits.exporting', [entry.title]), async () => {
      const kit = await request('kits.get', { id: entry.id });
      const filename = `${kit.id}-v${kit.version}.json`;
      downloadText(filename, `${JSON.stringify(kit, null, 2)}\n`, 'application/json');
      return i18n.t('desk.kits.exported', [kit.title, filename]);
    });
  }
  return (
    <li key={entry.id} className={card}>
      <div className="flex flex-wrap items-baseline gap-2">
        <h4 className="font-semibold">{entry.title}</h4>
        {entry.builtIn && <span className={badgeNeutral}>{i18n.t('desk.kits.builtIn')}</span>}
        {entry.archived && <span className={badgeWarn}>{i18n.t('desk.kits.archived')}</span>}
      </div>
      <p className={mutedText}>
        {[
          entry.role,
          i18n.t('desk.kits.version', [formatNumber(entry.version)]),
          i18n.t('desk.kits.rounds', entry.rounds.length, [formatNumber(entry.rounds.length)]),
          i18n.t('desk.kits.questions', entry.questions, [formatNumber(entry.questions)]),
          entry.interviews ? i18n.t('desk.kits.usedBy', entry.interviews, [formatNumber(entry.interviews)]) : i18n.t('desk.kits.notUsed'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="mt-2 flex flex-wrap gap-1" role="group" aria-label={i18n.t('desk.kits.actionsFor', [entry.title])}>
        <button
          type="button"
          className={buttonSecondary}
          aria-label={i18n.t('desk.kits.previewKit', [entry.title])}
          onClick={() => onOpen(entry, 'preview')}
        >
          {i18n.t('desk.kits.preview')}
        </button>
        {!entry.builtIn && (
          <button
            type="button"
            className={buttonSecondary}
            aria-label={i18n.t('desk.kits.editKit', [entry.title])}
            onClick={() => onOpen(entry, 'edit')}
          >
            {i18n.t('desk.kits.edit')}
          </button>
        )}
        <button
          type="button"
          className={buttonSecondary}
          aria-label={i18n.t('desk.kits.duplicateKit', [entry.title])}
          onClick={() =>
            run(i18n.t('desk.kits.duplicating', [entry.title]), async () => {
              const copy = await request('kits.duplicate', { id: entry.id });
              return i18n.t('desk.kits.duplicated', [copy.title, copy.id]);
            })
          }
        >
          {i18n.t('desk.kits.duplicate')}
        </button>
        {!entry.builtIn && (
          <button
            type="button"
            className={buttonSecondary}
            aria-label={i18n.t('desk.kits.renameKit', [entry.title])}
            onClick={() => onRename(entry.id)}
          >
            {i18n.t('desk.kits.rename')}
          </button>
        )}
        <button
          type="button"
          className={buttonSecondary}
          aria-label={i18n.t('desk.kits.exportKit', [entry.title])}
          onClick={() => void exportKit()}
        >
          {i18n.t('desk.kits.export')}
        </button>
        <button
          type="button"
          className={buttonSecondary}
          aria-label={entry.archived ? i18n.t('desk.kits.unarchiveKit', [entry.title]) : i18n.t('desk.kits.archiveKit', [entry.title])}
          onClick={() =>
            run(entry.archived ? i18n.t('desk.kits.restoring', [entry.title]) : i18n.t('desk.kits.archiving', [entry.title]), async () => {
              await request('kits.archive', { id: entry.id, archived: !entry.archived });
              return entry.archived ? i18n.t('desk.kits.restored', [entry.title]) : i18n.t('desk.kits.archivedDone', [entry.title]);
            })
          }
        >
          {entry.archived ? i18n.t('desk.kits.unarchive') : i18n.t('desk.kits.archive')}
        </button>
        {!entry.builtIn && entry.interviews === 0 && (
          <button
            type="button"
            className={buttonSecondary}
            aria-label={i18n.t('desk.kits.deleteKit', [entry.title])}
            onClick={() => onDelete(entry)}
          >
            {i18n.t('desk.kits.delete')}
          </button>
        )}
      </div>
      {entry.builtIn && <p className={`mt-1 ${mutedText}`}>{i18n.t('desk.kits.builtInHint')}</p>}
      {!entry.builtIn && entry.interviews > 0 && <p className={`mt-1 ${mutedText}`}>{i18n.t('desk.kits.inUseHint')}</p>}
      {renaming && (
        <RenameForm
          entry={entry}
          onCancel={() => onRename(null)}
          onDone={(title) => {
            onRename(null);
            void run(i18n.t('desk.kits.renaming', [entry.title]), async () => {
              const renamed = await request('kits.rename', { id: entry.id, title });
              return i18n.t('desk.kits.renamed', [renamed.title]);
            });
          }}
        />
      )}
    </li>
  );
}

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
        <section aria-labelledby={ids.preview} className={`${card} space-y-2`}>
          <div className="flex items-center justify-between gap-2">
            <h3 id={ids.preview} className="text-base font-semibold">
              {open.mode === 'preview' ? i18n.t('desk.kits.previewOf', [open.kit.title]) : i18n.t('desk.kits.editOf', [open.kit.title])}
            </h3>
            <button type="button" className={buttonQuiet} onClick={() => setOpen(null)}>
              {open.mode === 'preview' ? i18n.t('desk.kits.closePreview') : i18n.t('desk.kits.closeEditor')}
            </button>
          </div>
          {open.mode === 'preview' ? (
            <KitPreview kit={open.kit} />
          ) : (
            <KitEditor
              kit={open.kit}
              isNew={open.mode === 'new'}
              inUse={(entries?.find((e) => e.id === open.id)?.interviews ?? 0) > 0}
              versions={entries?.find((e) => e.id === open.id)?.versions}
              onCancel={() => setOpen(null)}
              onSaved={(saved) => {
                setOpen(null);
                setOutcome({ kind: 'done', text: i18n.t('desk.kits.saved', [saved.title, formatNumber(saved.version)]) });
              }}
            />
          )}
        </section>
      )}
    </div>
  );
}
