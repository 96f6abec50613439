// The console may be served under a one-segment prefix (the mail server rewrites <base href> in
// index.html to it). Routes are written without the prefix; these turn them into real URLs and back.

/** The prefix without its trailing slash: "" at the origin's root, "/postmaster" under a prefix. */
export function basePath(): string {
  // The directory of the base URL: <base href="/postmaster/"> gives "/postmaster".
  return new URL('.', document.baseURI).pathname.replace(/\/+$/, '');
}

/** A real pathname ("/postmaster/settings") as the route path ("/settings"). */
export function toAppPath(realPathname: string): string {
  const base = basePath();
  if (base === '') return realPathname;
  if (realPathname === base) return '/';
  return realPathname.startsWith(`${base}/`) ? realPathname.slice(base.length) : realPathname;
}

/** A route path with query and hash ("/settings?x=1") as the real URL path under the prefix. */
export function toRealPath(appPath: string): string {
  return `${basePath()}${appPath}`;
}

/** The current address as a route path with its query and hash. */
export function currentAppPath(): string {
  const { pathname, search, hash } = window.location;
  return `${toAppPath(pathname)}${search}${hash}`;
}

/** An absolute URL for a route path, for addresses that leave the page (redirect URIs). */
export function absoluteAppUrl(appPath: string): string {
  return `${window.location.origin}${toRealPath(appPath)}`;
}
