import { Highlight } from 'prism-react-renderer';
import { i18n } from '#i18n';
import type { CodeSample } from '@/utils/domain/kit/schema';
import { usePrefersDark } from '@/components/hooks/useColorScheme';
import { codeThemeDark, codeThemeLight } from './code-theme';
import { focusRing, mutedText } from './styles';

/**
 * A kit's code sample, monospaced and highlighted. Tokens become React elements
 * (never HTML strings), so a kit cannot inject markup. The block scrolls
 * sideways rather than wrapping, and is focusable so the keyboard can scroll it.
 */
export function CodeBlock({ sample }: { sample: CodeSample }) {
  const dark = usePrefersDark();
  const language = sample.language || 'text';
  return (
    <figure className="my-2">
      <Highlight code={sample.source.replace(/\n+$/, '')} language={language} theme={dark ? codeThemeDark : codeThemeLight}>
        {({ className, style, tokens, getLineProps, getTokenProps }) => (
          <pre
            tabIndex={0}
            aria-label={language !== 'text' ? i18n.t('common.codeSampleIn', [language]) : i18n.t('common.codeSample')}
            className={`${className} overflow-x-auto rounded-md border border-zinc-200 p-2 text-xs leading-relaxed dark:border-zinc-700 ${focusRing}`}
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
