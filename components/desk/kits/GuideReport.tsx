import { useState } from 'react';
import { i18n } from '#i18n';
import { formatLocalScore, formatNumber } from '@/utils/domain/format';
import type { KitInput } from '@/utils/domain/kit/schema';
import type { ImportResult } from '@/utils/domain/import/markdown';
import type { LeftOverFix } from '@/utils/domain/import/fixes';
import { Pager } from '@/components/common/Pager';
import { buttonSecondary, focusRing, mutedText } from '@/components/common/styles';

/**
 * What the importer made of a guide, for an interviewer rather than a parser: a plain summary,
 * then the guide itself line by line, each line marked as used in the kit or left over. A
 * left-over line becomes a question or a note with one action.
 */

const PAGE = 200;

/** "3 rounds, 24 questions, a 4-level rubric, no weights: scores will be a plain average, no offer threshold." */
export function importSummary(kit: KitInput): string {
  const questions = kit.rounds.reduce((n, r) => n + r.sections.reduce((m, s) => m + (s.questions?.length ?? 0), 0), 0);
  const rubric = Math.max(0, ...kit.rounds.map((r) => r.rubric?.length ?? 0));
  const categories = kit.categories?.length ?? 0;
  return i18n.t('desk.kitReport.summary', [
    i18n.t('desk.kits.rounds', kit.rounds.length, [formatNumber(kit.rounds.length)]),
    i18n.t('desk.kits.questions', questions, [formatNumber(questions)]),
    rubric
      ? i18n.t('desk.kitReport.rubric', [formatNumber(rubric)])
      : i18n.t('desk.kitReport.scale', [formatNumber(kit.ratingScale.length)]),
    categories ? i18n.t('desk.kitReport.weights', categories, [formatNumber(categories)]) : i18n.t('desk.kitReport.noWeights'),
    kit.offerThreshold === undefined
      ? i18n.t('desk.kitReport.noThreshold')
      : i18n.t('desk.kitReport.threshold', [formatLocalScore(kit.offerThreshold)]),
  ]);
}

function LineRow({ n, text, mark, onFix }: { n: number; text: string; mark: string; onFix?(as: LeftOverFix['as']): void }) {
  const left = mark === 'left';
  const tone = left
    ? 'bg-amber-50 dark:bg-amber-950'
    : mark === 'used'
      ? 'border-l-4 border-emerald-600 dark:border-emerald-400'
      : 'text-zinc-600 dark:text-zinc-400';
  return (
    <li className={`flex flex-wrap items-start gap-2 px-1 ${tone}`}>
      <span className={`w-10 shrink-0 text-right ${mutedText}`}>{formatNumber(n)}</span>
      <span className="sr-only">{left ? i18n.t('desk.kitReport.markLeft') : mark === 'used' ? i18n.t('desk.kitReport.markUsed') : ''}</span>
      <code className="grow font-mono text-xs break-all whitespace-pre-wrap">{text || ' '}</code>
      {left && onFix && (
        <span className="flex gap-1">
          <button
            type="button"
            className={buttonSecondary}
            aria-label={i18n.t('desk.kitReport.asQuestionLine', [formatNumber(n)])}
            onClick={() => onFix('question')}
          >
            {i18n.t('desk.kitReport.asQuestion')}
          </button>
          <button
            type="button"
            className={buttonSecondary}
            aria-label={i18n.t('desk.kitReport.asNoteLine', [formatNumber(n)])}
            onClick={() => onFix('note')}
          >
            {i18n.t('desk.kitReport.asNote')}
          </button>
        </span>
      )}
    </li>
  );
}

export function GuideReport({ result, source, onFix }: { result: ImportResult; source: string; onFix(fix: LeftOverFix): void }) {
  const [offset, setOffset] = useState(0);
  const [onlyLeft, setOnlyLeft] = useState(result.leftOver.length > 0);
  const lines = source.split('\n');
  const firstLines = new Set(result.leftOver.map((l) => l.line));
  const shown = lines
    .map((text, i) => ({ n: i + 1, text, mark: result.lines[i] ?? 'blank' }))
    .filter((l) => !onlyLeft || l.mark === 'left');
  const page = shown.slice(offset, offset + PAGE);
  return (
    <div className="space-y-2 text-sm">
      <p>
        {result.leftOver.length
          ? i18n.t('desk.kitReport.leftCount', result.leftOver.length, [formatNumber(result.leftOver.length)])
          : i18n.t('desk.kitReport.allUsed')}
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={onlyLeft}
          onChange={(e) => {
            setOnlyLeft(e.target.checked);
            setOffset(0);
          }}
        />
        {i18n.t('desk.kitReport.onlyLeft')}
      </label>
      <ol
        tabIndex={0}
        aria-label={i18n.t('desk.kitReport.sourceLabel')}
        className={`max-h-96 overflow-auto rounded-md border border-zinc-200 py-1 dark:border-zinc-700 ${focusRing}`}
      >
        {page.map((l) => (
          <LineRow
            key={l.n}
            n={l.n}
            text={l.text}
            mark={l.mark}
            onFix={firstLines.has(l.n) ? (as) => onFix({ text: l.text.trim(), as }) : undefined}
          />
        ))}
      </ol>
      {shown.length > PAGE && (
        <Pager label={i18n.t('desk.kitReport.pages')} offset={offset} limit={PAGE} total={shown.length} onOffset={setOffset} />
      )}
    </div>
  );
}
