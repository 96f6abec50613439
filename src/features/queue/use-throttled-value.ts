import { useEffect, useRef, useState } from 'react';

/**
 * The value, updated at most once per `ms` while it keeps changing (and once more when it
 * settles), so fast scrolling asks the server for a few windows instead of every one it passes.
 */
export function useThrottledValue<T>(value: T, ms: number): T {
  const [throttled, setThrottled] = useState(value);
  const lastRun = useRef(0);
  useEffect(() => {
    const wait = lastRun.current + ms - Date.now();
    if (wait <= 0) {
      lastRun.current = Date.now();
      setThrottled(value);
      return;
    }
    const timer = setTimeout(() => {
      lastRun.current = Date.now();
      setThrottled(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return throttled;
}
