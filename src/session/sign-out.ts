// Signing out wipes every trace of the person in this tab: the credentials, everything the console
// keeps in this tab's sessionStorage (action history and any other per-session record), and what
// registered in-memory stores hold. The query cache goes with the signed-in tree when it unmounts.
import { clearLogin } from './login-store';
import { postToTabs } from './tab-channel';

const STORAGE_PREFIX = 'postmaster.';
const wipes = new Set<() => void>();

/** An in-memory store of the person's data registers its own reset here. */
export function registerWipe(wipe: () => void): () => void {
  wipes.add(wipe);
  return () => wipes.delete(wipe);
}

/** Removes the signed-in person's data from this tab. */
export function wipeUserData(): void {
  clearLogin();
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.sessionStorage.length; i++) {
      const key = window.sessionStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) window.sessionStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept there.
  }
  for (const wipe of wipes) wipe();
}

/** Signs out this tab and every other tab of the console in this browser. */
export function signOutEverywhere(): void {
  wipeUserData();
  postToTabs({ type: 'signOut' });
}
