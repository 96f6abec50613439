import { useSyncExternalStore } from 'react';
import { sessionHistory, type ActionRun } from './action-history';

/** This browser session's action runs, newest first. */
export function useActionHistory(): readonly ActionRun[] {
  return useSyncExternalStore(sessionHistory.subscribe, sessionHistory.getSnapshot, sessionHistory.getSnapshot);
}
