/** Lower-case words (letters and digits of any script), in order, as rules compare them. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu) ?? []).map((w) => w.replace(/['_-]+$/, ''));
}

/** Subject without reply/forward prefixes and list tags, as a thread name. */
export function threadName(subject: string): string {
  let rest = subject.trim();
  for (;;) {
    const next = rest
      .replace(/^\[[^\]]*\]\s*/, '')
      .replace(/^(?:re|fw|fwd|aw|wg|sv|vs|antw|rif|tr|odp|r)(?:\[\d+\]|\(\d+\))?\s*:\s*/i, '');
    if (next === rest) return rest;
    rest = next;
  }
}
