import { useId } from 'react';
import { i18n } from '#i18n';
import type { Section } from '@/utils/domain/kit/schema';
import { CodeBlock } from '@/components/common/CodeBlock';
import { labelText } from '@/components/common/styles';

function Listed({ title, items, ordered = false }: { title: string; items: readonly string[]; ordered?: boolean }) {
  const id = useId();
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <div>
      <h3 id={id} className={labelText}>
        {title}
      </h3>
      <List aria-labelledby={id} className={`mt-1 space-y-0.5 pl-5 text-sm ${ordered ? 'list-decimal' : 'list-disc'}`}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </List>
    </div>
  );
}

/**
 * How a section is set up before its questions, each part named for what it is: the briefing
 * (under the guide's own label, "Requirements"), what the interviewer hands over, the tasks the
 * candidate is set, and code shown for the whole section.
 */
export function SectionSetup({ section }: { section: Section }) {
  return (
    <>
      {section.briefingLabel ? (
        <Listed title={section.briefingLabel} items={section.briefing} />
      ) : (
        section.briefing.map((line) => (
          <p key={line} className="text-sm text-zinc-700 dark:text-zinc-300">
            {line}
          </p>
        ))
      )}
      <Listed title={i18n.t('panel.section.provide')} items={section.materials} />
      {section.code && <CodeBlock sample={section.code} />}
      <Listed title={i18n.t('panel.section.tasks')} items={section.tasks} ordered />
    </>
  );
}

/** What to judge across the whole section, after its questions. */
export function SectionEvaluation({ section }: { section: Section }) {
  return <Listed title={i18n.t('panel.section.evaluate')} items={section.evaluationPoints} />;
}
