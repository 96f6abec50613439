// The arithmetic of the virtualised queue list: fixed-height rows, only the visible ones plus an
// overscan in the DOM. Browsers cap an element's height (about 16-33 million px), so a very long
// list is compressed: the scrollbar maps proportionally onto the rows.

/** Tallest scroll area we create; above it the scroll position is scaled onto the rows. */
export const MAX_SCROLL_HEIGHT = 8_000_000;

export interface RangeInput {
  total: number;
  rowHeight: number;
  /** scrollTop of the container, measured from the top of the first row. */
  scrollTop: number;
  /** Height available to rows (container height minus the sticky header). */
  viewportHeight: number;
  overscan: number;
  maxScrollHeight?: number;
}

export interface VisibleRange {
  /** First and one-past-last row index to render. */
  start: number;
  end: number;
  /** Height of the spacer above the first rendered row, and below the last. */
  padTop: number;
  padBottom: number;
  /** Height of the whole scroll area for the rows. */
  scrollHeight: number;
}

export function visibleRange(input: RangeInput): VisibleRange {
  const { total, rowHeight, viewportHeight, overscan } = input;
  const maxHeight = input.maxScrollHeight ?? MAX_SCROLL_HEIGHT;
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0, scrollHeight: 0 };
  const naturalHeight = total * rowHeight;
  const scrollHeight = Math.min(naturalHeight, maxHeight);
  const maxScrollTop = Math.max(0, scrollHeight - viewportHeight);
  const scrollTop = clamp(input.scrollTop, 0, maxScrollTop);
  // Offset into the full-height list that the scroll position stands for.
  const naturalMaxTop = Math.max(0, naturalHeight - viewportHeight);
  const virtualTop = maxScrollTop === 0 ? 0 : (scrollTop / maxScrollTop) * naturalMaxTop;
  const firstVisible = Math.floor(virtualTop / rowHeight);
  const visibleCount = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(total, firstVisible + visibleCount + overscan);
  // Place row `start` so that row `firstVisible` sits where virtualTop puts it on screen.
  const firstVisibleOffset = scrollTop - (virtualTop - firstVisible * rowHeight);
  const padTop = Math.max(0, firstVisibleOffset - (firstVisible - start) * rowHeight);
  const padBottom = Math.max(0, scrollHeight - padTop - (end - start) * rowHeight);
  return { start, end, padTop, padBottom, scrollHeight };
}

/** Indexes of the fetch windows (of `windowSize` rows) that cover rows [start, end). */
export function windowsFor(start: number, end: number, windowSize: number): number[] {
  if (end <= start || windowSize <= 0) return [];
  const first = Math.floor(start / windowSize);
  const last = Math.floor((end - 1) / windowSize);
  const out: number[] = [];
  for (let w = first; w <= last; w++) out.push(w);
  return out;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
