import { useState } from 'react';
import { i18n } from '#i18n';
import type { SummaryFormat } from '@/utils/domain/summary-text';
import { buttonSecondary } from '@/components/common/styles';

/**
 * Put text on the clipboard. The async Clipboard API first; where a page's permissions policy
 * blocks it (the panel is framed in the call page), the selection-and-copy command, which a
 * click may always use.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through to the command below.
  }
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  active?.focus();
  if (!copied) throw new Error(i18n.t('debrief.copy.blocked'));
}

/**
 * "Copy summary": the same summary as clean Markdown (Slack, a wiki) or plain text (an email, an
 * ATS note field), one button each, with what happened said in a status line.
 */
export function CopySummary({ summary, label }: { summary(format: SummaryFormat): string; label: string }) {
  const [said, setSaid] = useState('');
  const copy = async (format: SummaryFormat) => {
    try {
      await copyText(summary(format));
      setSaid(format === 'markdown' ? i18n.t('debrief.copy.copiedMarkdown') : i18n.t('debrief.copy.copiedText'));
    } catch (error) {
      setSaid(i18n.t('debrief.copy.failed', [error instanceof Error ? error.message : String(error)]));
    }
  };
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2">
      <button type="button" className={buttonSecondary} onClick={() => void copy('markdown')}>
        {i18n.t('debrief.copy.markdown')}
      </button>
      <button type="button" className={buttonSecondary} onClick={() => void copy('text')}>
        {i18n.t('debrief.copy.text')}
      </button>
      <span role="status" className="text-sm">
        {said}
      </span>
    </div>
  );
}
