// The router's route tree, built from the route table (routes.ts): the same paths, titles,
// permission checks and lazily loaded pages, plus the two sign-in screens. Typed links and
// search params come from here (see the Register declaration in router.ts).
import { createRootRoute, createRoute, redirect } from '@tanstack/react-router';
import { CALLBACK_PATH } from '../session/oauth/callback-path';
import { getLogin } from '../session/login-store';
import { LOGIN_PATH, loginSearch, type LoginSearch } from '../session/return-path';
import { queueSearchSchema } from '../features/queue/queue-view';
import { ruleListSearchSchema } from '../features/spam-rules/spam-rule-list-search';
import { App, callbackPage, loginPage } from './app';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { routeByPath, type PermissionCheck } from './routes';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The document title while the page shows (a page naming its item may refine it). */
    title?: string;
    /** Who may open the page; others see the no-access page. */
    allowed?: PermissionCheck;
  }
}

const rootRoute = createRootRoute({
  component: App,
  notFoundComponent: NotFoundPage,
  // A deep link opened while signed out goes to the sign-in screen before any page code loads.
  beforeLoad: ({ location }) => {
    if (location.pathname === LOGIN_PATH || location.pathname === CALLBACK_PATH || getLogin()) return;
    throw redirect({ to: LOGIN_PATH, search: loginSearch(location.href), replace: true });
  },
});

/** A page from the route table: its title and permission travel as static data. */
function page<const TPath extends string>(path: TPath) {
  const { title, allowed, page } = routeByPath(path);
  return { getParentRoute: () => rootRoute, path, staticData: { title, allowed }, component: page.Page };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: LOGIN_PATH,
  // Plain checks rather than zod: the sign-in screen loads without the schema library.
  validateSearch: (raw: Record<string, unknown>): LoginSearch => ({
    next: text(raw.next),
    reason: raw.reason === 'expired' || raw.reason === 'signedOut' ? raw.reason : undefined,
  }),
  component: loginPage.Page,
});

const actionsSearch = (raw: Record<string, unknown>): { run?: string } => ({ run: text(raw.run) });
const newRuleSearch = (raw: Record<string, unknown>): { type?: string } => ({ type: text(raw.type) });

export const routeTree = rootRoute.addChildren([
  signIn,
  createRoute({ getParentRoute: () => rootRoute, path: CALLBACK_PATH, component: callbackPage.Page }),
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeRedirect }),
  createRoute({ ...page('/management/actions'), validateSearch: actionsSearch }),
  createRoute({ ...page('/management/queue'), validateSearch: queueSearchSchema }),
  createRoute(page('/management/queue/$id')),
  createRoute(page('/settings/mta/milters')),
  createRoute(page('/settings/mta/milters/new')),
  createRoute(page('/settings/mta/milters/$id')),
  createRoute(page('/settings/spam/general')),
  createRoute({ ...page('/settings/spam/rules'), validateSearch: ruleListSearchSchema }),
  createRoute({ ...page('/settings/spam/rules/new'), validateSearch: newRuleSearch }),
  createRoute(page('/settings/spam/rules/$id')),
]);
