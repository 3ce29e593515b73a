import { useId, useRef, useState, type DragEvent } from 'react';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import { parseKit } from '@/utils/domain/kit/parse';
import type { KitInput } from '@/utils/domain/kit/schema';
import { htmlToMarkdown } from '@/utils/domain/import/html';
import type { GuideTaskResult } from '@/utils/domain/import/run';
import type { KitLibraryEntry } from '@/utils/protocol';
import { runInWorker } from '@/utils/client/worker-task';
import { buttonSecondary, inputBase, labelText, mutedText } from '@/components/common/styles';
import { ImportPreview, type ImportSource } from './ImportPreview';
import { readClipboard, readHandedFile, type Handed } from './guide-sources';
import { INLINE_GUIDE_CHARS, makeGuideWorker } from './useGuideImport';

/**
 * Import a kit: a JSON file, a Markdown guide (picked, dropped or pasted), or rich text pasted
 * from Google Docs, Notion or Word (converted to Markdown). Nothing is saved, and nothing in the
 * library changes, until the person has seen what was read and saves it.
 */

async function toMarkdown(html: string): Promise<string> {
  if (html.length <= INLINE_GUIDE_CHARS || typeof Worker === 'undefined') return htmlToMarkdown(html);
  const task = await runInWorker<{ html: string }, GuideTaskResult>(makeGuideWorker, { html });
  return task.markdown;
}

function Refused({ refused }: { refused: { name: string; errors: string[] } }) {
  return (
    <div role="alert" className="text-sm text-rose-700 dark:text-rose-300">
      <p className="font-medium">
        {i18n.t('desk.kitImport.notValid', refused.errors.length, [refused.name, formatNumber(refused.errors.length)])}
      </p>
      <ul className="list-disc pl-5">
        {refused.errors.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

/** Paste a guide: rich text is converted, plain text is read as Markdown; typed text is read on request. */
function PasteBox({ onHanded }: { onHanded(handed: Handed): void }) {
  const [pasted, setPasted] = useState('');
  const ids = { paste: useId(), pasteHint: useId() };
  return (
    <div>
      <label htmlFor={ids.paste} className={labelText}>
        {i18n.t('desk.kitSources.pasteLabel')}
      </label>
      <textarea
        id={ids.paste}
        className={`${inputBase} h-20 font-mono text-xs`}
        aria-describedby={ids.pasteHint}
        value={pasted}
        onChange={(e) => setPasted(e.target.value)}
        onPaste={(e) => {
          const handed = readClipboard(e.clipboardData);
          if (!handed) return;
          e.preventDefault();
          setPasted('');
          onHanded(handed);
        }}
      />
      <p id={ids.pasteHint} className={mutedText}>
        {i18n.t('desk.kitSources.pasteHint')}
      </p>
      {pasted.trim() && (
        <button
          type="button"
          className={`${buttonSecondary} mt-1`}
          onClick={() => onHanded({ kind: 'markdown', name: i18n.t('desk.kitSources.pasted'), markdown: pasted })}
        >
          {i18n.t('desk.kitSources.readTyped')}
        </button>
      )}
    </div>
  );
}

export function KitImport({ library }: { library: readonly KitLibraryEntry[] }) {
  const [source, setSource] = useState<ImportSource | null>(null);
  const [refused, setRefused] = useState<{ name: string; errors: string[] } | null>(null);
  const [done, setDone] = useState('');
  const [dragging, setDragging] = useState(false);
  const ids = { json: useId(), markdown: useId() };
  const inputs = { json: useRef<HTMLInputElement>(null), markdown: useRef<HTMLInputElement>(null) };

  async function take(handed: Handed) {
    setDone('');
    setRefused(null);
    setSource(null);
    if (handed.kind === 'json') {
      let raw: unknown;
      try {
        raw = JSON.parse(handed.text);
      } catch (error) {
        return setRefused({ name: handed.name, errors: [i18n.t('desk.kitImport.notJson', [(error as Error).message])] });
      }
      const parsed = parseKit(raw);
      if (!parsed.ok) return setRefused({ name: handed.name, errors: parsed.errors });
      return setSource({ kind: 'json', name: handed.name, kit: parsed.kit as KitInput });
    }
    const markdown = handed.kind === 'html' ? await toMarkdown(handed.html) : handed.markdown;
    setSource({ kind: 'markdown', name: handed.name, markdown });
  }

  const takeFile = (file: File | undefined) =>
    file && void readHandedFile(file).then(take, (error: Error) => setRefused({ name: file.name, errors: [error.message] }));

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    takeFile(e.dataTransfer.files[0]);
  };

  return (
    <section
      aria-labelledby="kit-import-heading"
      className={`space-y-2 rounded-lg ${dragging ? 'outline-2 outline-sky-600 outline-dashed' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h3 id="kit-import-heading" className="text-base font-semibold">
        {i18n.t('desk.kitImport.title')}
      </h3>
      <p className={mutedText}>{i18n.t('desk.kitSources.dropHint')}</p>
      <div className="flex flex-wrap gap-6">
        <div>
          <label htmlFor={ids.json} className={labelText}>
            {i18n.t('desk.kitImport.jsonFile')}
          </label>
          <input
            id={ids.json}
            ref={inputs.json}
            type="file"
            accept="application/json,.json"
            className="mt-1 block text-sm"
            onChange={(e) => takeFile(e.target.files?.[0])}
          />
        </div>
        <div>
          <label htmlFor={ids.markdown} className={labelText}>
            {i18n.t('desk.kitImport.markdownFile')}
          </label>
          <input
            id={ids.markdown}
            ref={inputs.markdown}
            type="file"
            accept=".md,.markdown,.txt,.html,.htm,text/markdown,text/plain,text/html"
            className="mt-1 block text-sm"
            onChange={(e) => takeFile(e.target.files?.[0])}
          />
        </div>
      </div>
      <PasteBox onHanded={(handed) => void take(handed)} />
      {refused && <Refused refused={refused} />}
      {source && (
        <ImportPreview
          key={`${source.kind}:${source.name}:${source.kind === 'markdown' ? source.markdown.length : ''}`}
          source={source}
          library={library}
          onDone={(saved) => {
            setSource(null);
            for (const input of [inputs.json.current, inputs.markdown.current]) if (input) input.value = '';
            if (saved) setDone(saved);
          }}
        />
      )}
      <p role="status" className="text-sm">
        {done}
      </p>
    </section>
  );
}
