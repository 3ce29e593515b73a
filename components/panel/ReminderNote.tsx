import { i18n } from '#i18n';
import { focusRing, labelText, mutedText } from '@/components/common/styles';
import { useInterviewFrame } from './InterviewContext';

/**
 * After the interview: the kit's "after" guidance (the 24-hour thank-you…), which the reminder
 * for an unsubmitted scorecard repeats, and whether that reminder may name the candidate.
 */
export function ReminderNote() {
  const { kit, locked, settings } = useInterviewFrame();
  const after = kit.guidance.after;
  return (
    <section aria-labelledby="after-heading" className="space-y-2">
      <h2 id="after-heading" className="text-sm font-semibold">
        {i18n.t('panel.after.title')}
      </h2>
      {after.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-sm">
          {after.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {!locked && <p className={mutedText}>{i18n.t('panel.after.reminder')}</p>}
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.settings.remindersShowCandidate === true}
          onChange={(e) => void settings.set({ remindersShowCandidate: e.target.checked })}
          className={`mt-0.5 size-4 accent-sky-700 ${focusRing}`}
        />
        <span>
          <span className={labelText}>{i18n.t('panel.after.showCandidate')}</span>
          <span className={`block ${mutedText}`}>{i18n.t('panel.after.showCandidateHint')}</span>
        </span>
      </label>
    </section>
  );
}
