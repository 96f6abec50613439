// Where the server's sign-in page sends the person back: exchange the code, sign in every tab, and
// open the page they wanted. Loaded on its own, with the OAuth library.
import { useEffect, useState } from 'react';
import { navigate } from '../router/navigation';
import { toRealPath } from '../router/base-path';
import { Loading } from '../ui/spinner';
import { useDocumentTitle } from '../ui/use-document-title';
import { signInEverywhere } from './browser-session';
import { newLoginId } from './login-store';
import { completeOAuthSignIn } from './oauth/oauth-sign-in';
import { LOGIN_PATH, safeNext } from './return-path';
import { unreachable } from './sign-in-failure';

// The code is single-use: React's development double effect must not spend it twice.
let started: Promise<string> | undefined;

async function finish(): Promise<string> {
  const url = new URL(window.location.href);
  const denied = url.searchParams.get('error');
  if (denied) throw new Error(`The server did not sign you in (${url.searchParams.get('error_description') ?? denied}).`);
  const done = await completeOAuthSignIn(url);
  signInEverywhere({ id: newLoginId(), serverUrl: done.serverUrl, credentials: { kind: 'oauth', tokens: done.tokens } });
  return safeNext(done.next) ?? '/';
}

export default function OAuthCallbackPage() {
  useDocumentTitle('Signing in');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    started ??= finish();
    started.then(
      (next) => void navigate(next, { replace: true }),
      (cause: unknown) =>
        setError(
          cause instanceof TypeError && !('code' in cause)
            ? unreachable(window.location.origin)
            : cause instanceof Error
              ? cause.message
              : String(cause),
        ),
    );
  }, []);

  return (
    <main className="login">
      <div className="login__card">
        <h1>Signing in to Postmaster</h1>
        {error ? (
          <>
            <p role="alert" className="error-banner">
              Signing in with Stalwart failed: {error}
            </p>
            {/* Shown before the console (and its router) loads: a plain link through the shared history. */}
            <a
              href={toRealPath(LOGIN_PATH)}
              onClick={(event) => {
                event.preventDefault();
                void navigate(LOGIN_PATH, { replace: true });
              }}
            >
              Back to the sign-in screen
            </a>
          </>
        ) : (
          <Loading label="Finishing sign-in…" />
        )}
      </div>
    </main>
  );
}
