import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { Answer, Interview } from '@/utils/domain/interview/schema';
import type { Kit, Question } from '@/utils/domain/kit/schema';
import { formatDateTime, formatLocalScore, formatNumber } from '@/utils/domain/format';
import { formatExportClock } from '@/utils/domain/csv/clock';
import { questionResult } from '@/utils/domain/criteria-scores';
import { request } from '@/utils/client/request';
import { fillSlots, slot } from '@/components/common/slots';
import { describeScore } from '@/components/common/RatingGroup';
import {
  badgeBad,
  badgeGood,
  buttonPrimary,
  buttonQuiet,
  buttonSecondary,
  card,
  inputBase,
  labelText,
  mutedText,
} from '@/components/common/styles';
import type { useStoreAction } from '@/components/hooks/useStore';

/** The parts of one scorecard's page (ScorecardView): reopening a submitted one, its flags, questions and past reopenings. */

type Action = ReturnType<typeof useStoreAction>;

/** "Reopen for editing", with the reason the store records next to the old seal. */
export function ReopenControl({ interview, run, busy }: { interview: Interview; run: Action['run']; busy: boolean }) {
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  return (
    <>
      {interview.status === 'submitted' ? (
        reopening ? (
          <form
            className={`${card} space-y-2`}
            aria-label={i18n.t('desk.scorecard.reopen')}
            onSubmit={(e) => {
              e.preventDefault();
              void run(i18n.t('desk.scorecard.reopening'), async () => {
                await request('interviews.reopen', { id: interview.id, reason });
                setReopening(false);
                setReason('');
                return i18n.t('desk.scorecard.reopened');
              });
            }}
          >
            <label htmlFor={reasonId} className={labelText}>
              {i18n.t('desk.scorecard.reopenWhy')}
            </label>
            <input id={reasonId} className={inputBase} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
            <div className="flex gap-2">
              <button type="submit" className={buttonPrimary} disabled={!reason.trim() || busy}>
                {i18n.t('desk.scorecard.reopen')}
              </button>
              <button type="button" className={buttonQuiet} onClick={() => setReopening(false)}>
                {i18n.t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className={buttonSecondary} onClick={() => setReopening(true)}>
            {i18n.t('desk.scorecard.reopen')}
          </button>
        )
      ) : (
        <p className="text-sm">{i18n.t('desk.scorecard.draftHint')}</p>
      )}
    </>
  );
}

/** What the question's answer says: not asked, its score (from its criteria when it has them), or not scored. */
function scoreLine(kit: Kit, question: Question, answer: Answer | undefined): string {
  if (answer?.notAsked) return i18n.t('desk.scorecard.notAsked');
  const result = questionResult(question, answer);
  if (result.source === 'criteria')
    return i18n.t('desk.scorecard.criteriaScore', [
      formatLocalScore(result.score),
      formatNumber(result.scoredCriteria),
      formatNumber(result.criteria.length),
      result.criteria
        .filter((c) => c.score !== null)
        .map((c) => `${c.name} ${formatNumber(c.score!)}`)
        .join('; '),
    ]);
  if (result.score !== null) return i18n.t('desk.scorecard.score', [describeScore(kit.ratingScale, result.score)]);
  return question.scored ? i18n.t('desk.scorecard.notScored') : i18n.t('desk.scorecard.unscoredQuestion');
}

function QuestionItem({ kit, question: q, answer: a }: { kit: Kit; question: Question; answer: Answer | undefined }) {
  const ticked = (a?.pointsTicked ?? []).filter((i) => i < q.expectedPoints.length);
  return (
    <li>
      <p className="font-medium">{q.title || q.prompt}</p>
      <p>{scoreLine(kit, q, a)}</p>
      {q.expectedPoints.length > 0 && (
        <p className={mutedText}>
          {ticked.length
            ? i18n.t('desk.scorecard.pointsCoveredList', [
                formatNumber(ticked.length),
                formatNumber(q.expectedPoints.length),
                ticked.map((i) => q.expectedPoints[i]).join('; '),
              ])
            : i18n.t('desk.scorecard.pointsCovered', [formatNumber(ticked.length), formatNumber(q.expectedPoints.length)])}
        </p>
      )}
      {a?.notes && <p className="whitespace-pre-wrap">{a.notes}</p>}
    </li>
  );
}

/** The scorecard's flags, every question of its round as answered, and when it was reopened. */
export function ScorecardDetails({ kit, interview, answers }: { kit: Kit; interview: Interview; answers: readonly Answer[] }) {
  const round = kit.rounds.find((r) => r.id === interview.roundId);
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return (
    <>
      {interview.flags.length > 0 && (
        <section aria-labelledby="flags-heading">
          <h3 id="flags-heading" className="text-base font-semibold">
            {i18n.t('desk.scorecard.flags')}
          </h3>
          <ul className="space-y-1 text-sm">
            {interview.flags.map((f) => (
              <li key={f.id}>
                {fillSlots(i18n.t('desk.scorecard.flagAt', [slot(0), formatExportClock(f.roundElapsedMs), slot(1)]), [
                  <span key="kind" className={f.kind === 'red' ? badgeBad : badgeGood}>
                    {f.kind === 'red' ? i18n.t('desk.scorecard.redFlag') : i18n.t('desk.scorecard.greenFlag')}
                  </span>,
                  f.text,
                ])}
              </li>
            ))}
          </ul>
        </section>
      )}

      {round && (
        <section aria-labelledby="questions-heading" className="space-y-3">
          <h3 id="questions-heading" className="text-base font-semibold">
            {i18n.t('desk.scorecard.questions')}
          </h3>
          {round.sections.map((section) => (
            <div key={section.id}>
              <h4 className="font-medium">{section.title}</h4>
              <ol className="list-decimal space-y-2 pl-5 text-sm">
                {section.questions.map((q) => (
                  <QuestionItem key={q.id} kit={kit} question={q} answer={byQuestion.get(q.id)} />
                ))}
              </ol>
            </div>
          ))}
        </section>
      )}

      {interview.reopenings.length > 0 && (
        <section aria-labelledby="reopen-heading">
          <h3 id="reopen-heading" className="text-base font-semibold">
            {i18n.t('desk.scorecard.reopenedBefore')}
          </h3>
          <ul className="text-sm">
            {interview.reopenings.map((r, i) => (
              <li key={i}>{i18n.t('desk.scorecard.reopenedAt', [formatDateTime(r.at), r.reason])}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
