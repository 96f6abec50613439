import { useSyncExternalStore } from 'react';
import { appHistory } from './app-history';
import { toAppPath } from './base-path';

function subscribe(onChange: () => void): () => void {
  return appHistory().subscribe(onChange);
}

const pathname = () => toAppPath(appHistory().location.pathname);
const search = () => appHistory().location.search;

/** The current route path (without the prefix), for the screens shown outside the router. */
export function useAppPathname(): string {
  return useSyncExternalStore(subscribe, pathname);
}

/** The current query string ("?next=..."), for the screens shown outside the router. */
export function useAppSearch(): string {
  return useSyncExternalStore(subscribe, search);
}
