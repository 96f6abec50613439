// The router's route tree, built from the route table (routes.ts): the same paths, titles,
// permission checks and lazily loaded pages. The sign-in screens live outside it (app.tsx).
// Typed links and search params come from here (see the Register declaration in router.ts).
import { createRootRoute, createRoute } from '@tanstack/react-router';
import { queueSearchSchema } from '../features/queue/queue-view';
import { ruleListSearchSchema } from '../features/spam-rules/spam-rule-list-search';
import { ConsoleShell } from './console-shell';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { routeByPath, routes, type PermissionCheck } from './routes';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The document title while the page shows (a page naming its item may refine it). */
    title?: string;
    /** Who may open the page; others see the no-access page. */
    allowed?: PermissionCheck;
  }
}

const rootRoute = createRootRoute({
  component: ConsoleShell,
  notFoundComponent: NotFoundPage,
});

/** A page from the route table: its title and permission travel as static data. */
function page<const TPath extends string>(path: TPath) {
  const { title, allowed, page } = routeByPath(path);
  return { getParentRoute: () => rootRoute, path, staticData: { title, allowed }, component: page.Page };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const actionsSearch = (raw: Record<string, unknown>): { run?: string } => ({ run: text(raw.run) });
const newRuleSearch = (raw: Record<string, unknown>): { type?: string } => ({ type: text(raw.type) });

// Pages with search params of their own, declared one by one so their links and params are typed.
const searchRoutes = [
  createRoute({ ...page('/management/actions'), validateSearch: actionsSearch }),
  createRoute({ ...page('/management/queue'), validateSearch: queueSearchSchema }),
  createRoute({ ...page('/settings/spam/rules'), validateSearch: ruleListSearchSchema }),
  createRoute({ ...page('/settings/spam/rules/new'), validateSearch: newRuleSearch }),
] as const;

// Every other page of the table, so a page added there needs nothing here.
const withSearch = new Set<string>(searchRoutes.map((route) => (route.options as { path: string }).path));
const plainRoutes = routes.filter((route) => !withSearch.has(route.path)).map((route) => createRoute(page(route.path)));

export const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeRedirect }),
  ...searchRoutes,
  ...plainRoutes,
]);
