// One answer box per lookup call: true / false for the ones that answer a yes-or-no question,
// free text (read like the variables' values) for the others.
import type { LookupCall } from './try-it-lookups';

interface TryItLookupsProps {
  idPrefix: string;
  lookups: readonly LookupCall[];
  answers: Readonly<Record<string, string>>;
  onAnswer: (text: string, answer: string) => void;
}

export function TryItLookups({ idPrefix, lookups, answers, onAnswer }: TryItLookupsProps) {
  if (lookups.length === 0) return null;
  const hintId = `${idPrefix}-lookup-hint`;
  return (
    <fieldset className="pm-xe-try__lookups" aria-describedby={hintId}>
      <legend className="pm-xe-try__legend">Lookup answers</legend>
      <p id={hintId} className="pm-xe-try__hint">
        The server looks these up in its stores, directory or DNS; say what each one answers.
      </p>
      <div className="pm-xe-try__fields">
        {lookups.map((lookup, index) => {
          const inputId = `${idPrefix}-lookup-${index}`;
          const answer = answers[lookup.text] ?? '';
          return (
            <div key={lookup.text} className="pm-xe-try__field">
              <label htmlFor={inputId} className="pm-xe-try__label">
                {lookup.text}
              </label>
              {lookup.predicate ? (
                <select id={inputId} className="pm-input pm-select" value={answer} onChange={(event) => onAnswer(lookup.text, event.target.value)}>
                  <option value="">Not answered</option>
                  <option value="true">true</option>
                  <option value="false">false</option>
                </select>
              ) : (
                <input
                  id={inputId}
                  className="pm-input pm-input--code"
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={answer}
                  placeholder="Not answered"
                  onChange={(event) => onAnswer(lookup.text, event.target.value)}
                />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
