import { i18n } from '#i18n';
import type { Kit, Question, Round, Section } from '@/utils/domain/kit/schema';
import { formatLocalScore, formatMinutes, formatNumber, formatPercent } from '@/utils/domain/format';
import { CodeSample } from './CodeSample';
import { mutedText, badgeNeutral, tableCell, tableHeader } from '@/components/common/styles';

/**
 * A kit laid out as a person reads an interview guide: the scoring matrix and scale first,
 * then every round, section and question with timings, expected points, flags and rubric.
 * Everything is React text, so a kit holding HTML or script shows it as harmless text.
 */

/** " (15 min)" after a title, or nothing when the kit gives no time. */
const minutes = (n: number | undefined) => (n === undefined ? '' : ` ${i18n.t('desk.kitPreview.duration', [formatMinutes(n)])}`);

function List({ title, items, tone = '' }: { title: string; items: readonly string[]; tone?: string }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-2">
      <p className={`text-sm font-medium ${tone}`}>{title}</p>
      <ul className="list-disc pl-5 text-sm">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function QuestionItem({ question, kit }: { question: Question; kit: Kit }) {
  const category = kit.categories.find((c) => c.id === question.categoryId);
  return (
    <li className="mt-2">
      {question.title && <p className="font-medium">{question.title}</p>}
      <p>{question.prompt}</p>
      {question.extraPrompts.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <p className="mt-0.5 flex flex-wrap gap-1">
        {category && <span className={badgeNeutral}>{category.name}</span>}
        {!question.scored && <span className={badgeNeutral}>{i18n.t('desk.kitPreview.notScored')}</span>}
      </p>
      {question.code && <CodeSample sample={question.code} />}
      <List title={i18n.t('desk.kitPreview.expected')} items={question.expectedPoints} />
      <List title={i18n.t('desk.kitPreview.followUps')} items={question.followUps} />
      {question.criteria.map((c) => (
        <List key={c.id} title={i18n.t('desk.kitPreview.criterion', [c.name, formatPercent(c.weightPct)])} items={c.points} />
      ))}
    </li>
  );
}

function SectionBlock({ section, kit }: { section: Section; kit: Kit }) {
  return (
    <section className="mt-3 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
      <h5 className="font-semibold">
        {section.title}
        {minutes(section.durationMin)}
      </h5>
      {section.briefing.map((b, i) => (
        <p key={i} className="text-sm">
          {b}
        </p>
      ))}
      {section.code && <CodeSample sample={section.code} />}
      {section.questions.length > 0 && (
        <ol className="list-decimal pl-5 text-sm">
          {section.questions.map((q) => (
            <QuestionItem key={q.id} question={q} kit={kit} />
          ))}
        </ol>
      )}
      <List title={i18n.t('desk.kitPreview.evaluationPoints')} items={section.evaluationPoints} />
    </section>
  );
}

function RoundBlock({ round, kit }: { round: Round; kit: Kit }) {
  return (
    <section className="mt-4">
      <h4 className="text-base font-semibold">
        {round.number !== undefined ? i18n.t('desk.kitPreview.numberedRound', [formatNumber(round.number), round.title]) : round.title}
        {minutes(round.durationMin)}
        {round.durationNote && <span className={`ml-1 ${mutedText}`}>{round.durationNote}</span>}
      </h4>
      <List title={i18n.t('desk.kitPreview.format')} items={round.format} />
      <List title={i18n.t('desk.kitPreview.objectives')} items={round.objectives} />
      {round.sections.map((s) => (
        <SectionBlock key={s.id} section={s} kit={kit} />
      ))}
      <List title={i18n.t('desk.kitPreview.greenFlags')} items={round.greenFlags} tone="text-emerald-800 dark:text-emerald-300" />
      <List title={i18n.t('desk.kitPreview.redFlags')} items={round.redFlags} tone="text-rose-700 dark:text-rose-300" />
      <List title={i18n.t('desk.kitPreview.proceedIf')} items={round.proceedIf} />
      <List title={i18n.t('desk.kitPreview.rejectIf')} items={round.rejectIf} />
      {round.rubric.length > 0 && (
        <table className="mt-2 text-sm">
          <caption className="text-left font-medium">{i18n.t('desk.kitPreview.rubric')}</caption>
          <tbody>
            {round.rubric.map((level, i) => (
              <tr key={i} className="border-t border-zinc-200 dark:border-zinc-700">
                <th scope="row" className={tableHeader}>
                  {level.minScore === level.maxScore
                    ? i18n.t('desk.kitPreview.rubricLevel', [level.label, formatLocalScore(level.minScore)])
                    : i18n.t('desk.kitPreview.rubricRange', [
                        level.label,
                        formatLocalScore(level.minScore),
                        formatLocalScore(level.maxScore),
                      ])}
                </th>
                <td className={tableCell}>{level.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {round.assessmentAreas.map((area, i) => (
        <List
          key={i}
          title={area.weightPct === undefined ? area.name : i18n.t('desk.kitPreview.criterion', [area.name, formatPercent(area.weightPct)])}
          items={area.points}
        />
      ))}
    </section>
  );
}

/** The kit's content under a heading the caller provides (level 3); rounds are h4 and sections h5. */
export function KitPreview({ kit }: { kit: Kit }) {
  return (
    <div className="space-y-2">
      <p className={mutedText}>
        {[kit.role, kit.organisation, i18n.t('desk.kitPreview.id', [kit.id]), i18n.t('desk.kits.version', [formatNumber(kit.version)])]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {kit.description && <p className="text-sm">{kit.description}</p>}
      {kit.categories.length > 0 && (
        <table className="text-sm">
          <caption className="text-left font-medium">{i18n.t('desk.kitPreview.matrix', [formatLocalScore(kit.offerThreshold)])}</caption>
          <thead>
            <tr>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.kitPreview.category')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.kitPreview.weight')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.kitPreview.minScore')}
              </th>
              <th scope="col" className={tableHeader}>
                {i18n.t('desk.kitPreview.notes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {kit.categories.map((c) => (
              <tr key={c.id} className="border-t border-zinc-200 dark:border-zinc-700">
                <th scope="row" className={`${tableCell} text-left font-normal`}>
                  {c.name}
                </th>
                <td className={tableCell}>{formatPercent(c.weightPct)}</td>
                <td className={tableCell}>{formatLocalScore(c.minScore)}</td>
                <td className={tableCell}>{c.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <List
        title={i18n.t('desk.kitPreview.ratingScale')}
        items={kit.ratingScale.map((p) => i18n.t('desk.kitPreview.scalePoint', [formatNumber(p.score), p.label, p.description]))}
      />
      <List
        title={i18n.t('desk.kitPreview.decisions')}
        items={kit.decisionOptions.map((d) => (d.meaning ? i18n.t('desk.kitPreview.decision', [d.label, d.meaning]) : d.label))}
      />
      {kit.rounds.map((r) => (
        <RoundBlock key={r.id} round={r} kit={kit} />
      ))}
      {kit.referenceChecks.map((r, i) => (
        <List key={`ref${i}`} title={i18n.t('desk.kitPreview.referenceCheck', [r.title])} items={r.questions} />
      ))}
      {kit.questionBank.map((b, i) => (
        <List key={`bank${i}`} title={i18n.t('desk.kitPreview.questionBank', [b.title])} items={b.questions} />
      ))}
    </div>
  );
}
