import type { Outcome } from '@/components/hooks/useStore';

/** A polite status line for progress and results, and an alert for failures. Both always present so announcements are heard. */
export function OutcomeLine({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p role="status" className="min-h-5 text-sm">
        {outcome.kind === 'busy' || outcome.kind === 'done' ? outcome.text : ''}
      </p>
      {outcome.kind === 'error' && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {outcome.text}
        </p>
      )}
    </>
  );
}
