import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { KitLibraryEntry } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { downloadText } from '@/components/common/download';
import { buttonQuiet, buttonSecondary, card, inputBase, labelText, mutedText, badgeNeutral, badgeWarn } from '@/components/common/styles';
import type { useStoreAction } from '@/components/hooks/useStore';

/** One kit of the library: what it holds, who uses it, and what can be done to it. */

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

function KitActions({
  entry,
  onRename,
  onOpen,
  onDelete,
  run,
}: {
  entry: KitLibraryEntry;
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
  );
}

export function KitEntry({
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
      <KitActions entry={entry} onRename={onRename} onOpen={onOpen} onDelete={onDelete} run={run} />
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
