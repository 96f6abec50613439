// One sign-in per browser: a tab that opens without a sign-in asks the others for theirs; a sign-in
// or sign-out in one tab reaches them all.
import { forceNavigate } from '../router/navigation';
import { getLogin, newLoginId, parseLogin, setLogin, type Login } from './login-store';
import { currentPath, LOGIN_PATH, loginUrl } from './return-path';
import { wipeUserData } from './sign-out';
import { onTabMessage, postToTabs } from './tab-channel';

let started = false;
let pendingRequest: string | undefined;

/** Takes a sign-in from another tab; a different person's data goes first. */
function adopt(login: Login): void {
  const held = getLogin();
  if (held?.id === login.id) return;
  if (held) wipeUserData();
  setLogin(login);
}

export function startBrowserSession(): void {
  if (started) return;
  started = true;
  onTabMessage((message) => {
    switch (message.type) {
      case 'ask': {
        const login = getLogin();
        if (login) postToTabs({ type: 'offer', requestId: message.requestId, login });
        break;
      }
      case 'offer': {
        const login = parseLogin(message.login);
        if (message.requestId === pendingRequest && login && !getLogin()) {
          pendingRequest = undefined;
          setLogin(login);
        }
        break;
      }
      case 'signedIn': {
        const login = parseLogin(message.login);
        if (login) adopt(login);
        break;
      }
      case 'signOut':
        // Even a tab whose sign-in had already expired still holds the person's records.
        wipeUserData();
        if (currentPath().split('?')[0] !== LOGIN_PATH) forceNavigate(loginUrl(undefined, 'signedOut'), { replace: true });
        break;
    }
  });
}

/**
 * Asks the other tabs for their sign-in and waits up to `waitMs` for an answer. A later answer is
 * still taken while this tab has no sign-in (the sign-in screen then moves on by itself).
 */
export function askOtherTabs(waitMs: number): Promise<Login | null> {
  startBrowserSession();
  const requestId = newLoginId();
  pendingRequest = requestId;
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => {
      stop();
      resolve(getLogin());
    }, waitMs);
    const stop = onTabMessage(() => {
      if (pendingRequest !== requestId && getLogin()) {
        window.clearTimeout(timer);
        stop();
        resolve(getLogin());
      }
    });
    postToTabs({ type: 'ask', requestId });
  });
}

/** Signs this tab in and tells the other tabs, which switch to this sign-in. */
export function signInEverywhere(login: Login): void {
  setLogin(login);
  postToTabs({ type: 'signedIn', login });
}
