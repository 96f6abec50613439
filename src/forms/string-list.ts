// A set of free strings (e-mail addresses, host names) is edited as one entry per line.

export function listToLines(list: unknown): string {
  return Array.isArray(list) ? list.map(String).join('\n') : '';
}

/** Blank lines and surrounding spaces are dropped; duplicates too, since the wire form is a set. */
export function linesToList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const item = line.trim();
    if (item) seen.add(item);
  }
  return [...seen];
}

export function linesMatch(text: string, list: unknown): boolean {
  const parsed = linesToList(text);
  return Array.isArray(list) && parsed.length === list.length && parsed.every((item, i) => item === list[i]);
}
