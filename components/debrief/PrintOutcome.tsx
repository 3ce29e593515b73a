import { i18n } from '#i18n';
import type { DebriefModel } from '@/utils/domain/debrief/model';
import { summaryBlocks } from '@/utils/domain/debrief/outcome';

/**
 * The outcome as it prints: one page, nothing interactive. It is the summary's own text (the
 * same words that are copied), laid out small; the screen shows the meeting instead. It is not
 * displayed on screen, and kept out of the accessibility tree there so its headings do not
 * double the screen's.
 */
export function PrintOutcome({ model }: { model: DebriefModel }) {
  const blocks = summaryBlocks(model.outcome);
  return (
    <div className="hidden text-[10px] leading-snug text-black print:block" aria-hidden="true">
      <p className="mb-1 text-[9px]">{i18n.t('debrief.share.printedFrom')}</p>
      {blocks.map((block, i) => {
        if (block.kind === 'title')
          return (
            <h2 key={i} className="text-sm font-bold">
              {block.text}
            </h2>
          );
        if (block.kind === 'heading')
          return (
            <h3 key={i} className="mt-1.5 font-semibold">
              {block.text}
            </h3>
          );
        if (block.kind === 'line') return <p key={i}>{block.text}</p>;
        return (
          <ul key={i} className="list-disc pl-4">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        );
      })}
    </div>
  );
}
