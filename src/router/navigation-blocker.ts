import { useEffect } from 'react';
import { appHistory } from './app-history';
import { confirmLeave } from './navigation-confirm';
import { reportBlocked } from './navigation';

// Where the history keeps an entry's position, to tell how far Back/Forward moved.
const INDEX_KEY = '__TSR_index';

function entryIndex(location: { state: object }): number {
  const index = (location.state as Record<string, unknown>)[INDEX_KEY];
  return typeof index === 'number' ? index : 0;
}

/**
 * While `when` is true, in-app navigation (links, navigate(), back/forward) to another page asks
 * before leaving, and closing or reloading the tab triggers the browser's own "leave site?" prompt.
 * A new query string on the same page (a filter) does not unmount the form, so it is not asked.
 */
export function useNavigationBlocker(when: boolean, message: string): void {
  useEffect(() => {
    if (!when) return;
    return appHistory().block({
      enableBeforeUnload: true,
      blockerFn: async ({ currentLocation, nextLocation, action }) => {
        if (currentLocation.pathname === nextLocation.pathname) return false;
        if (action === 'PUSH' || action === 'REPLACE') {
          const leave = await confirmLeave(message);
          if (!leave) reportBlocked(nextLocation.href);
          return !leave;
        }
        // Back/Forward: the browser has already moved. Step back at once, so the address shows
        // the page being asked about, and move again if the person chooses to leave.
        const delta = entryIndex(nextLocation) - entryIndex(currentLocation);
        void confirmLeave(message).then((leave) => {
          if (leave) appHistory().go(delta, { ignoreBlocker: true });
        });
        return true;
      },
    });
  }, [when, message]);
}
