// Route entries for every definition the generic pages serve: its list, /new and /:id, each a
// lazily loaded page bound to the definition and to the object's own overrides (if it has any).
// The app's route table concatenates these with its hand-written feature routes.
import { createElement, type ComponentType } from 'react';
import type { ObjectDefinition } from '../schema/define-object';
import { capitalize, hasScreens, newObjectPath, type ObjectPageOverrides, type ScreenDefinition } from './page-options';

type Permissions = ReadonlySet<string>;
type PageModule = { default: ComponentType };
type OverridesModule = { default: ObjectPageOverrides };

export interface ObjectRoute<P> {
  path: string;
  title: string;
  allowed: (permissions: Permissions) => boolean;
  page: P;
}

export interface ObjectRouteOptions<P> {
  /** Makes a lazily loaded page of a loader (the app's lazyPage). */
  lazyPage: (load: () => Promise<PageModule>) => P;
  /** An object's own additions to the generic pages, by object name, loaded with its pages. */
  overrides?: Readonly<Record<string, () => Promise<OverridesModule>>>;
  /** Paths a feature serves with pages of its own: definitions listed there get no generic ones. */
  servedElsewhere?: readonly string[];
}

/** The definitions the generic pages serve: collections of one or several shapes, with screens. */
export function genericScreens(definitions: readonly ObjectDefinition[], servedElsewhere: readonly string[] = []): ScreenDefinition[] {
  return definitions
    .filter(hasScreens)
    .filter((d) => (d.kind === 'plain' || d.kind === 'multiVariant') && !servedElsewhere.includes(d.screens.basePath));
}

const has = (permission: string) => (permissions: Permissions) => permissions.has(permission);

type View = 'list' | 'create' | 'detail';

async function loadView(view: View): Promise<ComponentType<{ definition: ScreenDefinition; overrides: ObjectPageOverrides }>> {
  switch (view) {
    case 'list':
      return (await import('./object-list-page')).ObjectListPage;
    case 'create':
      return (await import('./object-create-page')).ObjectCreatePage;
    case 'detail':
      return (await import('./object-detail-page')).ObjectDetailPage;
  }
}

export function objectRoutes<P>(definitions: readonly ObjectDefinition[], options: ObjectRouteOptions<P>): ObjectRoute<P>[] {
  return genericScreens(definitions, options.servedElsewhere).flatMap((definition) => {
    const { screens, permissionPrefix } = definition;
    const loadOverrides = options.overrides?.[definition.name];
    const page = (view: View) =>
      options.lazyPage(async () => {
        const [View, own] = await Promise.all([loadView(view), loadOverrides?.()]);
        const overrides = own?.default ?? {};
        return { default: () => createElement(View, { definition, overrides }) };
      });
    const singular = capitalize(screens.noun.singular);
    return [
      { path: screens.basePath, title: screens.menu.at(-1) ?? capitalize(screens.noun.plural), allowed: has(`${permissionPrefix}Get`), page: page('list') },
      // Before /$id, so that "new" is not read as an id.
      { path: newObjectPath(screens), title: `New ${screens.noun.singular}`, allowed: has(`${permissionPrefix}Create`), page: page('create') },
      { path: `${screens.basePath}/$id`, title: singular, allowed: has(`${permissionPrefix}Get`), page: page('detail') },
    ];
  });
}
