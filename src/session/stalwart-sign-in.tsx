import { useId, useState } from 'react';
import { Button } from '../ui/button';
import { unreachable } from './sign-in-failure';

interface StalwartSignInProps {
  /** The server URL typed under Advanced (empty or this origin means this server). */
  serverUrl: string;
  next: string;
  validServerUrl: (serverUrl: string) => boolean;
}

/** "Sign in with Stalwart": hands the person to the server's own sign-in page (OAuth). */
export function StalwartSignIn({ serverUrl, next, validServerUrl }: StalwartSignInProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  async function start() {
    if (!validServerUrl(serverUrl)) {
      setError('Enter the server URL as an address such as https://mail.example.com (under Advanced).');
      return;
    }
    // PKCE needs Web Crypto, which browsers offer only to https pages (and to localhost).
    if (!window.isSecureContext) {
      setError('Signing in with Stalwart needs the console to be opened over https. Use a password or an API key instead.');
      return;
    }
    const target = serverUrl.trim().replace(/\/+$/, '') || window.location.origin;
    setBusy(true);
    setError(null);
    try {
      // The OAuth library loads only now, so the sign-in screen's first load stays small.
      const { startOAuthSignIn } = await import('./oauth/oauth-sign-in');
      await startOAuthSignIn(target, next);
    } catch (cause) {
      setError(cause instanceof TypeError && !('code' in cause) ? unreachable(target) : cause instanceof Error ? cause.message : String(cause));
      setBusy(false);
    }
  }

  return (
    <div className="stalwart-sign-in">
      <Button variant="primary" onClick={() => void start()} disabled={busy} aria-describedby={hintId}>
        {busy ? 'Opening the server’s sign-in page…' : 'Sign in with Stalwart'}
      </Button>
      <p id={hintId} className="field__hint">
        Signs in on your Stalwart server’s own page, with your two-factor code if your account has one.
      </p>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
    </div>
  );
}
