import { useState } from 'react';
import { Highlight } from 'prism-react-renderer';
import { i18n } from '#i18n';
import type { CodeSample } from '@/utils/domain/kit/schema';
import { usePrefersDark } from '@/components/hooks/useColorScheme';
import { codeThemeDark, codeThemeLight } from './code-theme';
import { buttonQuiet, focusRing, mutedText } from './styles';

/** Copy text to the clipboard; where the Clipboard API is refused (a framed page may not have it), through a selected textarea. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

function CodeTools({ source, wrap, onWrap }: { source: string; wrap: boolean; onWrap(wrap: boolean): void }) {
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  return (
    <div className="mb-1 flex items-center justify-end gap-1">
      <span role="status" className={`min-w-0 flex-1 truncate ${mutedText}`}>
        {copied === 'copied' ? i18n.t('common.code.copied') : copied === 'failed' ? i18n.t('common.code.copyFailed') : ''}
      </span>
      <button
        type="button"
        aria-pressed={wrap}
        className={`${buttonQuiet} px-1.5 py-0.5 text-xs aria-pressed:bg-zinc-200 dark:aria-pressed:bg-zinc-700`}
        onClick={() => onWrap(!wrap)}
      >
        {i18n.t('common.code.wrap')}
      </button>
      <button
        type="button"
        className={`${buttonQuiet} px-1.5 py-0.5 text-xs`}
        onClick={async () => setCopied((await copyText(source)) ? 'copied' : 'failed')}
      >
        {i18n.t('common.code.copy')}
      </button>
    </div>
  );
}

/**
 * A kit's code sample, monospaced and highlighted. Tokens become React elements (never HTML
 * strings), so a kit cannot inject markup. It scrolls sideways within the panel's width (and is
 * focusable so the keyboard can scroll it), wraps its lines on demand, and copies in one click.
 */
export function CodeBlock({ sample }: { sample: CodeSample }) {
  const dark = usePrefersDark();
  const [wrap, setWrap] = useState(false);
  const language = sample.language || 'text';
  const source = sample.source.replace(/\n+$/, '');
  return (
    <figure className="my-2 min-w-0 max-w-full">
      <CodeTools source={source} wrap={wrap} onWrap={setWrap} />
      <Highlight code={source} language={language} theme={dark ? codeThemeDark : codeThemeLight}>
        {({ className, style, tokens, getLineProps, getTokenProps }) => (
          <pre
            tabIndex={0}
            aria-label={language !== 'text' ? i18n.t('common.codeSampleIn', [language]) : i18n.t('common.codeSample')}
            className={`${className} max-w-full rounded-md border border-zinc-200 p-2 text-xs leading-relaxed dark:border-zinc-700 ${wrap ? 'whitespace-pre-wrap break-words' : 'overflow-x-auto'} ${focusRing}`}
            style={style}
          >
            <code className="font-mono">
              {tokens.map((line, i) => (
                <div key={i} {...getLineProps({ line })}>
                  {line.map((token, j) => (
                    <span key={j} {...getTokenProps({ token })} />
                  ))}
                </div>
              ))}
            </code>
          </pre>
        )}
      </Highlight>
      {sample.caption && <figcaption className={`mt-1 ${mutedText}`}>{sample.caption}</figcaption>}
    </figure>
  );
}
