import { useId, useState } from 'react';
import { applyTheme, readTheme, type ThemeChoice } from './theme';

/** System / Light / Dark; applied at once and remembered. */
export function ThemeSelect() {
  const [choice, setChoice] = useState<ThemeChoice>(readTheme);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = event.target.value as ThemeChoice;
          setChoice(next);
          applyTheme(next);
        }}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
