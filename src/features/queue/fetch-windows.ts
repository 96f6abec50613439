// The scrolling queue list asks the server for rows in windows of a fixed size, by position.

/** Indexes of the fetch windows (of `windowSize` rows) that cover rows [start, end). */
export function windowsFor(start: number, end: number, windowSize: number): number[] {
  if (end <= start || windowSize <= 0) return [];
  const first = Math.floor(start / windowSize);
  const last = Math.floor((end - 1) / windowSize);
  const out: number[] = [];
  for (let w = first; w <= last; w++) out.push(w);
  return out;
}
