// The person's theme choice. Not a credential, so localStorage is fine (it outlives the tab).

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'postmaster.theme';

export function readTheme(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Sets data-theme on <html> (theme.css reads it) and remembers the choice. */
export function applyTheme(choice: ThemeChoice, persist = true): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  if (!persist) return;
  try {
    if (choice === 'system') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, choice);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
}
