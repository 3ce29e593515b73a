import { i18n } from '#i18n';
import type { CodeSample as Sample } from '@/utils/domain/kit/schema';
import { focusRing, mutedText } from '@/components/common/styles';

/**
 * A kit's code sample in the preview: plain monospaced text in the page's own colours.
 * (The panel's highlighted CodeBlock uses a light theme whose token colours fall below
 * WCAG contrast on white; the desk reads fine without highlighting.) Focusable so the
 * keyboard can scroll a wide sample.
 */
export function CodeSample({ sample }: { sample: Sample }) {
  const language = sample.language && sample.language !== 'text' ? sample.language : '';
  return (
    <figure className="my-2">
      <pre
        tabIndex={0}
        aria-label={language ? i18n.t('common.codeSampleIn', [language]) : i18n.t('common.codeSample')}
        className={`overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-2 text-xs leading-relaxed dark:border-zinc-700 dark:bg-zinc-900 ${focusRing}`}
      >
        <code className="font-mono">{sample.source.replace(/\n+$/, '')}</code>
      </pre>
      {sample.caption && <figcaption className={`mt-1 ${mutedText}`}>{sample.caption}</figcaption>}
    </figure>
  );
}
