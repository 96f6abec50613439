import { useEffect, useRef } from 'react';
import { navigate } from '../router/navigation';
import { useLogin } from './use-login';

/**
 * On the sign-in screen: when a sign-in arrives from another tab (or a late answer to this tab's
 * question), go on to the page the person wanted instead of asking them to sign in again.
 */
export function useAdoptedLogin(next: string): void {
  const login = useLogin();
  const initial = useRef(login?.id);
  useEffect(() => {
    if (login && login.id !== initial.current) void navigate(next, { replace: true });
  }, [login, next]);
}
