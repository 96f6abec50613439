// Which x:SpamTag entry scores a tag name, looked up as a real server does: an entry whose tag has
// an unescaped * or ? is a pattern, any other is an exact name (backslashes dropped). An exact name
// wins; otherwise the first pattern, in list order, that matches. In a pattern * matches any run of
// characters (slashes too), ? one character and \ escapes the next; case counts, nothing else is
// special.
import wildcardMatch from 'wildcard-match';

/** Whether a tag is a pattern: an unescaped * or ? in it. */
export function isTagPattern(tag: string): boolean {
  for (let i = 0; i < tag.length; i++) {
    if ((tag[i] === '*' || tag[i] === '?') && tag[i - 1] !== '\\') return true;
  }
  return false;
}

/** A lookup from tag name to the entry that scores it (undefined when none does). */
export function spamTagLookup<E extends { tag: string }>(entries: readonly E[]): (name: string) => E | undefined {
  const exact = new Map<string, E>();
  const patterns: { matches: (name: string) => boolean; entry: E }[] = [];
  for (const entry of entries) {
    // `separator: false`: a tag name has no segments, so * runs over any character.
    if (isTagPattern(entry.tag)) patterns.push({ matches: wildcardMatch(entry.tag, { separator: false }), entry });
    else exact.set(entry.tag.replaceAll('\\', ''), entry);
  }
  return (name) => exact.get(name) ?? patterns.find((pattern) => pattern.matches(name))?.entry;
}
