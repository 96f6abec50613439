// Where the first row of a scrolling table starts inside its scroll area: below the caption
// (which scrolls away) and the column headers (which stay). The virtualiser needs it as its
// scroll margin; it changes when the caption wraps or the screen narrows.

import { useLayoutEffect, useState, type RefObject } from 'react';

export function useRowsTop(scrollRef: RefObject<HTMLElement | null>, ready: boolean): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const body = scroller?.querySelector('tbody');
    if (!ready || !scroller || !body) return;
    const measure = () =>
      setTop(Math.round(body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - scroller.clientTop));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    for (const part of scroller.querySelectorAll('caption, thead')) observer.observe(part);
    return () => observer.disconnect();
  }, [scrollRef, ready]);
  return top;
}
