import { useBlocker } from '@tanstack/react-router';
import { confirmLeave } from './navigation-confirm';

/**
 * While `when` is true, in-app navigation (links, navigate(), back/forward) to another page asks
 * before leaving, and closing or reloading the tab triggers the browser's own "leave site?" prompt.
 * A new query string on the same page (a filter) does not unmount the form, so it is not asked.
 */
export function useNavigationBlocker(when: boolean, message: string): void {
  useBlocker({
    disabled: !when,
    enableBeforeUnload: when,
    shouldBlockFn: async ({ current, next }) => {
      if (current.pathname === next.pathname) return false;
      return !(await confirmLeave(message));
    },
  });
}
