// Path patterns like '/settings/spam/rules/:id': literal segments and named params, nothing more.

export type RouteParams = Record<string, string>;

export function matchRoute(pattern: string, pathname: string): RouteParams | null {
  const patternParts = split(pattern);
  const pathParts = split(pathname);
  if (patternParts.length !== pathParts.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < patternParts.length; i++) {
    const expected = patternParts[i] as string;
    const actual = pathParts[i] as string;
    if (expected.startsWith(':')) {
      const value = safeDecode(actual);
      if (value === null) return null;
      params[expected.slice(1)] = value;
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

/** Builds a path from a pattern, encoding each param (ids may hold any character). */
export function buildPath(pattern: string, params: RouteParams = {}): string {
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (whole, name: string) =>
    name in params ? encodeURIComponent(params[name] as string) : whole,
  );
}

// A trailing slash is the same page; empty segments are not meaningful.
function split(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
