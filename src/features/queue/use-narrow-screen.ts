// Whether the screen is narrow enough for the card layout (the same breakpoint as the CSS).

import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 48rem)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(NARROW_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches, () => false);
}
