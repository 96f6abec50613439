/** "1,200" — the console's text is English, so its numbers are too. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 message", "1,200 messages" */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
