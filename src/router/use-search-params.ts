import { useCallback, useMemo } from 'react';
import { navigate, type NavigateOptions } from './history';
import { useLocation } from './use-location';

export type SearchParamsInit = URLSearchParams | Record<string, string> | string;

export type SetSearchParams = (
  next: SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit),
  options?: NavigateOptions,
) => Promise<boolean>;

/** The query string as URLSearchParams; setting it navigates (push by default, so back undoes a filter). */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { pathname, search, hash } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback<SetSearchParams>(
    (next, options) => {
      const value = typeof next === 'function' ? next(new URLSearchParams(search)) : next;
      const query = new URLSearchParams(value).toString();
      return navigate(`${pathname}${query ? `?${query}` : ''}${hash}`, options);
    },
    [pathname, search, hash],
  );
  return [params, setParams];
}
