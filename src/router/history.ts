// The one place that talks to window.history: a tiny external store React subscribes to, plus the
// blocker registry that unsaved-changes guards use. No dependency so the login chunk stays small.
// Paths here are route paths: the prefix the console is served under is added only on the way out.
import { currentAppPath, toAppPath, toRealPath } from './base-path';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

export interface NavigateOptions {
  replace?: boolean;
}

/** Asks the person whether to leave; resolves true to go ahead. Replaceable by an in-app dialog. */
export type NavigationConfirmer = (message: string) => Promise<boolean>;

interface Blocker {
  message: string;
}

type Listener = () => void;

/** How the current entry was reached: the page load, or an in-app push, replace or back/forward. */
export type NavigationType = 'initial' | 'push' | 'replace' | 'pop';

const listeners = new Set<Listener>();
const blockers = new Set<Blocker>();
let confirmer: NavigationConfirmer = (message) => Promise.resolve(window.confirm(message));
let snapshot: Location = readLocation();
// Position of the current entry in the session history, kept in history.state so that a popstate
// tells how far back or forward the person went (needed to undo a blocked back/forward).
let currentIndex = 0;
let skipNextPop = false;
let restoring: { message: string; delta: number } | null = null;
let started = false;
let lastNavigation: NavigationType = 'initial';

function readLocation(): Location {
  const { pathname, search, hash } = window.location;
  return { pathname: toAppPath(pathname), search, hash };
}

function stateIndex(state: unknown): number | undefined {
  if (typeof state === 'object' && state !== null && 'idx' in state) {
    const idx = (state as { idx: unknown }).idx;
    return typeof idx === 'number' ? idx : undefined;
  }
  return undefined;
}

function notify(type: NavigationType): void {
  const next = readLocation();
  if (next.pathname === snapshot.pathname && next.search === snapshot.search && next.hash === snapshot.hash) return;
  snapshot = next;
  lastNavigation = type;
  for (const listener of listeners) listener();
}

function start(): void {
  if (started) return;
  started = true;
  const idx = stateIndex(window.history.state);
  if (idx === undefined) window.history.replaceState({ ...asObject(window.history.state), idx: 0 }, '');
  currentIndex = idx ?? 0;
  window.addEventListener('popstate', onPopState);
}

function asObject(state: unknown): Record<string, unknown> {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
}

function onPopState(event: PopStateEvent): void {
  const known = stateIndex(event.state);
  if (known === undefined) {
    // A fragment link (#main) pushed a new entry without our index: number it and move on.
    currentIndex += 1;
    window.history.replaceState({ ...asObject(event.state), idx: currentIndex }, '');
    notify('push');
    return;
  }
  const nextIndex = known;
  if (restoring !== null) {
    // We are back where we were; only now ask, so the two history moves never overlap.
    const { message, delta } = restoring;
    restoring = null;
    currentIndex = nextIndex;
    void confirmer(message).then((leave) => {
      if (!leave) return;
      skipNextPop = true;
      window.history.go(-delta);
    });
    return;
  }
  const message = skipNextPop || toAppPath(window.location.pathname) === snapshot.pathname ? undefined : blockingMessage();
  skipNextPop = false;
  if (message === undefined) {
    currentIndex = nextIndex;
    notify('pop');
    return;
  }
  // The URL already changed: step back to where we were first (the popstate above asks).
  const delta = currentIndex - nextIndex;
  restoring = { message, delta };
  window.history.go(delta);
}

function blockingMessage(): string | undefined {
  for (const blocker of blockers) return blocker.message;
  return undefined;
}

export function subscribe(listener: Listener): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLocation(): Location {
  return snapshot;
}

export function getNavigationType(): NavigationType {
  return lastNavigation;
}

/** Resolves `to` against the current route and returns route path + query + hash (same origin only). */
export function resolvePath(to: string): string {
  const url = new URL(to, `${window.location.origin}${currentAppPath()}`);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The real address of a route (with the prefix the console is served under), for hrefs. */
export function hrefFor(to: string): string {
  return toRealPath(resolvePath(to));
}

function currentPath(): string {
  return currentAppPath();
}

/** In-app navigation. Returns false when the person chose to stay on a page with unsaved changes. */
export async function navigate(to: string, options: NavigateOptions = {}): Promise<boolean> {
  start();
  const path = resolvePath(to);
  const message = leavesPage(path) ? blockingMessage() : undefined;
  if (message !== undefined && !(await confirmer(message))) return false;
  // Going to the page already shown must not stack duplicate history entries.
  commit(path, options.replace === true || path === currentPath());
  return true;
}

/** Only a new pathname unmounts the page (and its unsaved form); a new query string does not. */
function leavesPage(path: string): boolean {
  return new URL(path, window.location.origin).pathname !== toAppPath(window.location.pathname);
}

function commit(path: string, replace: boolean): void {
  if (replace) {
    window.history.replaceState({ idx: currentIndex }, '', toRealPath(path));
  } else {
    currentIndex += 1;
    window.history.pushState({ idx: currentIndex }, '', toRealPath(path));
    window.scrollTo(0, 0);
  }
  notify(replace ? 'replace' : 'push');
}

/** Registers a guard; the returned function removes it. */
export function addBlocker(message: string): () => void {
  start();
  const blocker: Blocker = { message };
  blockers.add(blocker);
  return () => blockers.delete(blocker);
}

/** Lets the app show its own accessible dialog instead of window.confirm. Returns the undo. */
export function setNavigationConfirmer(next: NavigationConfirmer): () => void {
  const previous = confirmer;
  confirmer = next;
  return () => {
    confirmer = previous;
  };
}

/** Leaves blockers aside: used when the session ends and the page must go regardless. */
export function forceNavigate(to: string, options: NavigateOptions = {}): void {
  start();
  commit(resolvePath(to), options.replace === true);
}
