import type { FetchLike } from '../jmap/http';

/**
 * fetch for API calls. The Authorization header carries the credentials, so the browser's own
 * (cookies, HTTP auth cache) are left out: with them, a 401 carrying `WWW-Authenticate: Basic`
 * makes Chromium open its native sign-in prompt instead of handing the 401 to the app.
 */
export const apiFetch: FetchLike = (input, init) => globalThis.fetch(input, { ...init, credentials: 'omit' });
