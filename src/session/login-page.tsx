import { useEffect, useId, useState, type FormEvent } from 'react';
import { navigate } from '../router/navigation';
import { useAppSearch } from '../router/use-app-location';
import { Button } from '../ui/button';
import { ThemeSelect } from '../ui/theme-select';
import { useDocumentTitle } from '../ui/use-document-title';
import { signInEverywhere } from './browser-session';
import { newLoginId, type Login } from './login-store';
import { readLoginSearch, safeNext } from './return-path';
import { signInFailure, type SignInMethod as Method } from './sign-in-failure';
import { StalwartSignIn } from './stalwart-sign-in';
import { useAdoptedLogin } from './use-adopted-login';

const NOTICES: Record<string, string> = {
  expired: 'Your session has ended. Sign in again to continue where you were.',
  signedOut: 'You have signed out.',
};

/**
 * Sign in with Stalwart (OAuth, first choice), or with username + password (Basic) or an API key
 * (Bearer), to this or another server.
 */
export default function LoginPage() {
  useDocumentTitle('Sign in');
  const params = readLoginSearch(useAppSearch());
  const next = safeNext(params.next) ?? '/';
  const notice = NOTICES[params.reason ?? ''];
  // Another tab signed in meanwhile: this one follows it.
  useAdoptedLogin(next);

  const [method, setMethod] = useState<Method>('password');
  const [serverUrl, setServerUrl] = useState(() => window.location.origin);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { username: useId(), password: useId(), apiKey: useId(), server: useId(), serverHint: useId() };

  // A new attempt starts without the previous failure message.
  useEffect(() => setError(null), [method]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validServerUrl(serverUrl)) {
      setError('Enter the server URL as an address such as https://mail.example.com (under Advanced).');
      return;
    }
    const login: Login = {
      id: newLoginId(),
      // Always absolute: a relative URL would resolve against the current page path.
      serverUrl: sameOrigin(serverUrl) ? window.location.origin : serverUrl.trim().replace(/\/+$/, ''),
      credentials:
        method === 'password'
          ? { kind: 'basic', username: username.trim(), password }
          : { kind: 'bearer', token: apiKey.trim() },
    };
    setBusy(true);
    setError(null);
    try {
      const { verifyLogin } = await import('./verify-login');
      const result = await verifyLogin(login);
      if (!result.ok) {
        setError(signInFailure(result.error, method, login.serverUrl));
        return;
      }
      signInEverywhere(login);
      // Replace the login entry so Back from the first page does not return to the form.
      await navigate(next, { replace: true });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Signing in failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <div className="login__card">
        <h1>Sign in to Postmaster</h1>
        {notice && (
          <p role="status" className="field__hint">
            {notice}
          </p>
        )}
        <StalwartSignIn serverUrl={serverUrl} next={next} validServerUrl={validServerUrl} />
        <h2 className="login__or">Or use a password or an API key</h2>
        <form onSubmit={submit} aria-label="Sign in with a password or an API key">
          <fieldset className="method-choice">
            <legend>Sign in with</legend>
            <div className="segmented">
              <label className="segmented__option">
                <input
                  type="radio"
                  name="method"
                  value="password"
                  checked={method === 'password'}
                  onChange={() => setMethod('password')}
                />
                <span>Username and password</span>
              </label>
              <label className="segmented__option">
                <input
                  type="radio"
                  name="method"
                  value="apiKey"
                  checked={method === 'apiKey'}
                  onChange={() => setMethod('apiKey')}
                />
                <span>API key</span>
              </label>
            </div>
          </fieldset>

          {method === 'password' ? (
            <>
              <div className="field">
                <label htmlFor={ids.username}>Username</label>
                <input
                  id={ids.username}
                  name="username"
                  autoComplete="username"
                  required
                  value={username}
                  onChange={(e) => setUsername(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={ids.password}>Password</label>
                <input
                  id={ids.password}
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              </div>
            </>
          ) : (
            <div className="field">
              <label htmlFor={ids.apiKey}>Key</label>
              <input
                id={ids.apiKey}
                name="apiKey"
                type="password"
                autoComplete="off"
                spellCheck={false}
                required
                value={apiKey}
                onChange={(e) => setApiKey(e.target.value)}
              />
            </div>
          )}

          <details className="advanced">
            <summary>Advanced</summary>
            <div className="field">
              <label htmlFor={ids.server}>Server URL</label>
              <input
                id={ids.server}
                name="serverUrl"
                inputMode="url"
                autoComplete="url"
                aria-describedby={ids.serverHint}
                value={serverUrl}
                onChange={(e) => setServerUrl(e.target.value)}
              />
              <span id={ids.serverHint} className="field__hint">
                The Stalwart server to manage. Another server must allow this site in its CORS settings.
              </span>
            </div>
          </details>

          {error && (
            <p role="alert" className="error-banner">
              {error}
            </p>
          )}

          <Button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
        <div className="login__theme">
          <ThemeSelect />
        </div>
      </div>
    </main>
  );
}

export function validServerUrl(serverUrl: string): boolean {
  if (sameOrigin(serverUrl)) return true;
  try {
    const url = new URL(serverUrl.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function sameOrigin(serverUrl: string): boolean {
  const trimmed = serverUrl.trim().replace(/\/+$/, '');
  return trimmed === '' || trimmed === window.location.origin;
}
