import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

interface VirtualRowsOptions {
  count: number;
  rowHeight: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
}

// jsdom (and a not-yet-laid-out element) measure 0: assume a screenful so something renders.
const FALLBACK_VIEWPORT = 800;

/**
 * Fixed-height windowing: only the rows in (and near) the viewport are rendered, so the list
 * stays smooth with thousands of loaded rooms.
 */
export function useVirtualRows({ count, rowHeight, scrollRef, overscan = 6 }: VirtualRowsOptions) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight);
    const onScroll = () => setScrollTop(element.scrollTop);
    measure();
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef]);

  // A shorter list (new filter) may leave the old offset past its end.
  useEffect(() => {
    const element = scrollRef.current;
    if (element && element.scrollTop !== scrollTop) setScrollTop(element.scrollTop);
  }, [count, scrollRef, scrollTop]);

  const height = viewport || FALLBACK_VIEWPORT;
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  /** Scrolls just enough to show row `index` (keyboard navigation). */
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = index * rowHeight;
      const visible = element.clientHeight || FALLBACK_VIEWPORT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + visible) element.scrollTop = top + rowHeight - visible;
    },
    [rowHeight, scrollRef],
  );

  return { start, end, totalHeight: count * rowHeight, lastVisible: Math.ceil((scrollTop + height) / rowHeight), scrollToIndex };
}
