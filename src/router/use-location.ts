import { useSyncExternalStore } from 'react';
import { getLocation, subscribe, type Location } from './history';

/** The current URL parts; re-renders on every in-app navigation and on back/forward. */
export function useLocation(): Location {
  return useSyncExternalStore(subscribe, getLocation);
}
