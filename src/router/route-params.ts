import { createContext, useContext } from 'react';
import type { RouteParams } from './match-route';

/** Params of the matched route, provided by the app's route outlet. */
export const RouteParamsContext = createContext<RouteParams>({});

/** e.g. `const { id } = useParams()` on the '/settings/spam/rules/:id' page. */
export function useParams(): RouteParams {
  return useContext(RouteParamsContext);
}
