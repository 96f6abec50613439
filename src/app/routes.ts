// Every screen of the console: its path, document title, who may open it, and its lazily loaded
// page. Each page is its own chunk, so the login screen never downloads feature code. The router's
// route tree (route-tree.ts) is built from this table.

import { lazyPage, type LazyPage } from './lazy-page';
import { catalog } from '../catalog';
import { objectRoutes } from '../object-pages/object-routes';

export type PermissionCheck = (permissions: ReadonlySet<string>) => boolean;

export interface AppRoute {
  path: string;
  title: string;
  allowed: PermissionCheck;
  page: LazyPage;
}

const has =
  (permission: string): PermissionCheck =>
  (permissions) =>
    permissions.has(permission);

// Each action variant has its own permission (actionReloadSettings, ...); any one opens the page.
const anyAction: PermissionCheck = (permissions) => [...permissions].some((p) => /^action[A-Z]/.test(p));

// Screens a feature builds itself; every other object with screens gets the generic object pages.
const featureRoutes: readonly AppRoute[] = [
  {
    path: '/management/actions',
    title: 'Actions',
    allowed: anyAction,
    page: lazyPage(() => import('../features/actions/actions-page')),
  },
  {
    path: '/management/queue',
    title: 'Queued messages',
    allowed: has('sysQueuedMessageQuery'),
    page: lazyPage(() => import('../features/queue/queue-list-page')),
  },
  {
    path: '/management/queue/$id',
    title: 'Queued message',
    allowed: has('sysQueuedMessageGet'),
    page: lazyPage(() => import('../features/queue/queue-message-page')),
  },
  {
    path: '/settings/spam/general',
    title: 'Spam filter settings',
    allowed: has('sysSpamSettingsGet'),
    page: lazyPage(() => import('../features/spam-settings/spam-settings-page')),
  },
  {
    path: '/settings/spam/rules',
    title: 'Spam rules',
    allowed: has('sysSpamRuleGet'),
    page: lazyPage(() => import('../features/spam-rules/spam-rule-list-page')),
  },
  {
    path: '/settings/spam/rules/new',
    title: 'New spam rule',
    allowed: has('sysSpamRuleCreate'),
    page: lazyPage(() => import('../features/spam-rules/spam-rule-edit-page')),
  },
  {
    path: '/settings/spam/rules/$id',
    title: 'Spam rule',
    allowed: has('sysSpamRuleGet'),
    page: lazyPage(() => import('../features/spam-rules/spam-rule-edit-page')),
  },
];

/** The paths the features serve (the generic object pages leave these alone). */
export const featurePaths = featureRoutes.map((route) => route.path);

export const routes: readonly AppRoute[] = [
  ...featureRoutes,
  ...objectRoutes(Object.values(catalog), {
    lazyPage,
    servedElsewhere: featurePaths,
    overrides: { 'x:MtaMilter': () => import('../features/milters/milter-page-overrides') },
  }),
];

/** Looks a path pattern up in the table (menu entries name routes by path). */
export function routeByPath(path: string): AppRoute {
  const route = routes.find((r) => r.path === path);
  if (!route) throw new Error(`No route ${path}`);
  return route;
}

