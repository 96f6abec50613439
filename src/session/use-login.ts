import { useSyncExternalStore } from 'react';
import { getLogin, subscribeLogin, type Login } from './login-store';

/** The stored sign-in, or null; re-renders when someone signs in or out. */
export function useLogin(): Login | null {
  return useSyncExternalStore(subscribeLogin, getLogin);
}
