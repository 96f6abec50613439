// Why a sign-in failed, in the words of what the server answered.
import { describeJmapError } from '../jmap/describe-jmap-error';
import type { JmapError } from '../jmap/errors';

export type SignInMethod = 'password' | 'apiKey';

/** "45 seconds", "3 minutes", "2 hours". */
export function formatWait(seconds: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds < 120) return unit(Math.max(1, Math.round(seconds)), 'second');
  if (seconds < 7200) return unit(Math.round(seconds / 60), 'minute');
  return unit(Math.round(seconds / 3600), 'hour');
}

function tryAgain(retryAfterSeconds: number | undefined): string {
  return retryAfterSeconds === undefined ? 'Try again later.' : `Try again in ${formatWait(retryAfterSeconds)}.`;
}

export function unreachable(serverUrl: string): string {
  return `The server at ${serverUrl} cannot be reached. Check that it is running and that the address is right.`;
}

export function signInFailure(error: JmapError, method: SignInMethod, serverUrl: string): string {
  if (error.kind === 'unauthorized') {
    return method === 'password'
      ? 'The username or password is incorrect.'
      : 'The API key was not accepted. Check that it is complete and has not expired.';
  }
  if (error.kind === 'network') return unreachable(serverUrl);
  if (error.kind === 'request') {
    // The server answers 402 to a correct password on an account with a second factor.
    if (error.status === 402) {
      return 'This account uses two-factor authentication; sign in with Stalwart or an app password.';
    }
    if (error.status === 429) {
      return `Too many failed sign-in attempts from this address. ${tryAgain(error.retryAfterSeconds)}`;
    }
    if (error.status === 403) {
      return `This address is blocked after too many failed sign-in attempts. ${tryAgain(error.retryAfterSeconds)}`;
    }
    if (error.status === 404) return 'No Stalwart server answered at this address. Check the server URL under Advanced.';
  }
  return describeJmapError(error);
}
