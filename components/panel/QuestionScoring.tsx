import type { Question } from '@/utils/domain/kit/schema';
import type { Answer } from '@/utils/domain/interview/schema';
import { anchorsFor } from '@/utils/domain/anchors';
import { RatingGroup } from '@/components/common/RatingGroup';
import { useInterviewFrame } from './InterviewContext';
import { CriteriaScoring } from './CriteriaScoring';
import { questionName } from './question-text';

/** A question's score: one 1-5 with the anchors that apply, or one per weighted criterion. */
export function QuestionScoring({ question, answer, disabled }: { question: Question; answer: Answer | undefined; disabled: boolean }) {
  const { kit, round, actions } = useInterviewFrame();
  if (question.criteria.length)
    return (
      <CriteriaScoring
        question={question}
        answer={answer}
        disabled={disabled}
        onScore={(criterionId, score) => actions.answer(question.id, { criteriaScores: { [criterionId]: score } })}
      />
    );
  return (
    <RatingGroup
      name={questionName(question)}
      value={answer?.score ?? null}
      scale={kit.ratingScale}
      disabled={disabled}
      anchors={anchorsFor(kit, round)}
      onChange={(score) => actions.answer(question.id, { score })}
      onClear={() => actions.answer(question.id, { score: null })}
    />
  );
}
