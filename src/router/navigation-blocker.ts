import { useEffect } from 'react';
import { addBlocker } from './history';

/**
 * While `when` is true, in-app navigation (links, navigate(), back/forward) asks before leaving,
 * and closing or reloading the tab triggers the browser's own "leave site?" prompt.
 */
export function useNavigationBlocker(when: boolean, message: string): void {
  useEffect(() => {
    if (!when) return;
    const removeBlocker = addBlocker(message);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs returnValue set; the text itself is never shown.
      event.returnValue = message;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      removeBlocker();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [when, message]);
}
