import { toAppPath } from '../router/base-path';
import { forceNavigate } from '../router/navigation';
import { clearLogin } from './login-store';
import { currentPath, LOGIN_PATH, loginUrl } from './return-path';

/**
 * The server answered 401: the credentials are no longer valid. Go to the login screen, keeping
 * the page in ?next= so signing in again comes back to it. Several failing requests may report at
 * once; only the first one, seen from a page other than the login screen, records the page.
 */
export function expireSession(): void {
  if (toAppPath(window.location.pathname) !== LOGIN_PATH) {
    forceNavigate(loginUrl(currentPath(), 'expired'), { replace: true });
  }
  clearLogin();
}
