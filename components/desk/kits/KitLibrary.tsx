import { useCallback, useEffect, useId, useState } from 'react';
import type { Kit } from '@/utils/kit/schema';
import type { KitLibraryEntry } from '@/utils/messaging/protocol';
import { request } from '@/utils/messaging/client';
import { downloadText } from '@/components/common/download';
import { buttonQuiet, buttonSecondary, card, inputBase, labelText, mutedText } from '@/components/common/styles';
import { Confirm, OutcomeLine, badgeNeutral, badgeWarn, plural, useAction } from '../ui';
import { KitPreview } from './KitPreview';
import { KitImport } from './KitImport';
import { KitEditor } from './KitEditor';

type Open = { id: string; mode: 'preview' | 'edit'; kit: Kit } | null;

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
          New name for {entry.title}
        </label>
        <input id={id} className={inputBase} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus required />
      </div>
      <button type="submit" className={buttonSecondary} disabled={!title.trim()}>
        Save name
      </button>
      <button type="button" className={buttonQuiet} onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** The kit library: every installed kit with what can be done to it, plus import. */
export function KitLibrary() {
  const [entries, setEntries] = useState<KitLibraryEntry[] | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<KitLibraryEntry | null>(null);
  const { outcome, run, busy } = useAction();
  const ids = { archived: useId(), preview: useId() };

  const reload = useCallback(async () => setEntries(await request('kits.library', {})), []);
  useEffect(() => {
    void run('Loading kits…', reload);
  }, [run, reload]);

  const act = (busyText: string, action: () => Promise<string>) => run(busyText, async () => {
    const text = await action();
    await reload();
    return text;
  });

  async function openKit(entry: KitLibraryEntry, mode: 'preview' | 'edit') {
    await run(`Opening ${entry.title}…`, async () => setOpen({ id: entry.id, mode, kit: await request('kits.get', { id: entry.id }) }));
  }

  async function exportKit(entry: KitLibraryEntry) {
    await run(`Exporting ${entry.title}…`, async () => {
      const kit = await request('kits.get', { id: entry.id });
      const filename = `${kit.id}-v${kit.version}.json`;
      downloadText(filename, `${JSON.stringify(kit, null, 2)}\n`, 'application/json');
      return `Saved ${kit.title} as ${filename}.`;
    });
  }

  const shown = (entries ?? []).filter((e) => showArchived || !e.archived);
  const archivedCount = (entries ?? []).filter((e) => e.archived).length;

  return (
    <div className="space-y-4">
      <h2 tabIndex={-1} className="text-lg font-semibold outline-none">
        Kits
      </h2>
      <KitImport library={entries ?? []} onSaved={reload} />

      <section aria-labelledby="kit-list-heading" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="kit-list-heading" className="text-base font-semibold">
            Installed kits
          </h3>
          <label htmlFor={ids.archived} className="flex items-center gap-2 text-sm">
            <input id={ids.archived} type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
            Show archived kits ({archivedCount})
          </label>
        </div>
        <OutcomeLine outcome={outcome} />
        {deleting && (
          <Confirm
            title={`Delete ${deleting.title}?`}
            confirmLabel="Delete kit"
            busy={busy}
            onCancel={() => setDeleting(null)}
            onConfirm={() => {
              const entry = deleting;
              setDeleting(null);
              if (open?.id === entry.id) setOpen(null);
              void act(`Deleting ${entry.title}…`, async () => {
                const { versions } = await request('kits.delete', { id: entry.id });
                return `Deleted ${entry.title} (${plural(versions, 'version')}).`;
              });
            }}
          >
            Every version of this kit will be removed from this browser. No interview uses it.
          </Confirm>
        )}
        <ul className="space-y-2">
          {shown.map((entry) => (
            <li key={entry.id} className={card}>
              <div className="flex flex-wrap items-baseline gap-2">
                <h4 className="font-semibold">{entry.title}</h4>
                {entry.builtIn && <span className={badgeNeutral}>built in</span>}
                {entry.archived && <span className={badgeWarn}>archived</span>}
              </div>
              <p className={mutedText}>
                {[
                  entry.role,
                  `version ${entry.version}`,
                  plural(entry.rounds.length, 'round'),
                  plural(entry.questions, 'question'),
                  entry.interviews ? `used by ${plural(entry.interviews, 'interview')}` : 'not used yet',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <div className="mt-2 flex flex-wrap gap-1" role="group" aria-label={`Actions for ${entry.title}`}>
                <button type="button" className={buttonSecondary} aria-label={`Preview ${entry.title}`} onClick={() => openKit(entry, 'preview')}>
                  Preview
                </button>
                {!entry.builtIn && (
                  <button type="button" className={buttonSecondary} aria-label={`Edit ${entry.title}`} onClick={() => openKit(entry, 'edit')}>
                    Edit
                  </button>
                )}
                <button
                  type="button"
                  className={buttonSecondary}
                  aria-label={`Duplicate ${entry.title}`}
                  onClick={() =>
                    act(`Duplicating ${entry.title}…`, async () => {
                      const copy = await request('kits.duplicate', { id: entry.id });
                      return `Created ${copy.title} (id ${copy.id}); it can be renamed and edited.`;
                    })
                  }
                >
                  Duplicate
                </button>
                {!entry.builtIn && (
                  <button type="button" className={buttonSecondary} aria-label={`Rename ${entry.title}`} onClick={() => setRenaming(entry.id)}>
                    Rename
                  </button>
                )}
                <button type="button" className={buttonSecondary} aria-label={`Export JSON for ${entry.title}`} onClick={() => exportKit(entry)}>
                  Export JSON
                </button>
                <button
                  type="button"
                  className={buttonSecondary}
                  aria-label={`${entry.archived ? 'Unarchive' : 'Archive'} ${entry.title}`}
                  onClick={() =>
                    act(`${entry.archived ? 'Restoring' : 'Archiving'} ${entry.title}…`, async () => {
                      await request('kits.archive', { id: entry.id, archived: !entry.archived });
                      return entry.archived ? `${entry.title} is back in the pickers.` : `Archived ${entry.title}: hidden from the pickers, history keeps it.`;
                    })
                  }
                >
                  {entry.archived ? 'Unarchive' : 'Archive'}
                </button>
                {!entry.builtIn && entry.interviews === 0 && (
                  <button type="button" className={buttonSecondary} aria-label={`Delete ${entry.title}`} onClick={() => setDeleting(entry)}>
                    Delete
                  </button>
                )}
              </div>
              {entry.builtIn && <p className={`mt-1 ${mutedText}`}>Built-in kits cannot be edited or deleted: duplicate one to change it.</p>}
              {!entry.builtIn && entry.interviews > 0 && (
                <p className={`mt-1 ${mutedText}`}>Interviews use this kit, so it cannot be deleted; archive it to hide it.</p>
              )}
              {renaming === entry.id && (
                <RenameForm
                  entry={entry}
                  onCancel={() => setRenaming(null)}
                  onDone={(title) => {
                    setRenaming(null);
                    void act(`Renaming ${entry.title}…`, async () => {
                      const renamed = await request('kits.rename', { id: entry.id, title });
                      return `Renamed to ${renamed.title}.`;
                    });
                  }}
                />
              )}
            </li>
          ))}
        </ul>
        {entries && shown.length === 0 && <p className="text-sm">No kits to show.</p>}
      </section>

      {open && (
        <section aria-labelledby={ids.preview} className={`${card} space-y-2`}>
          <div className="flex items-center justify-between gap-2">
            <h3 id={ids.preview} className="text-base font-semibold">
              {open.mode === 'preview' ? 'Preview' : 'Edit'}: {open.kit.title}
            </h3>
            <button type="button" className={buttonQuiet} onClick={() => setOpen(null)}>
              Close {open.mode === 'preview' ? 'preview' : 'editor'}
            </button>
          </div>
          {open.mode === 'preview' ? (
            <KitPreview kit={open.kit} />
          ) : (
            <KitEditor
              kit={open.kit}
              inUse={(entries?.find((e) => e.id === open.id)?.interviews ?? 0) > 0}
              onCancel={() => setOpen(null)}
              onSaved={async (saved) => {
                setOpen(null);
                await act('Refreshing…', async () => `Saved ${saved.title} (version ${saved.version}).`);
              }}
            />
          )}
        </section>
      )}
    </div>
  );
}
