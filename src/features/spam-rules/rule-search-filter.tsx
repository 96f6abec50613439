// The "Search" box: typing updates the URL after a short pause, so each keystroke is not a new view.
import { useEffect, useId, useState } from 'react';

const PAUSE_MS = 300;

export function RuleSearchFilter({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);

  // The URL changed by itself (Back, a link): show its search.
  useEffect(() => {
    setText((current) => (current.trim() === value ? current : value));
  }, [value]);

  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onChange(text.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);

  return (
    <div className="rule-filter">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="Rule ID or description"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}
