import { Outlet, type AnyRoute, rootRouteId, useMatches, useRouter } from '@tanstack/react-router';
import { Suspense, useLayoutEffect, type ReactNode } from 'react';
import { useConnection } from '../session/connection-context';
import { Loading } from '../ui/spinner';
import { APP_NAME } from '../ui/use-document-title';
import { ForbiddenPage } from './forbidden-page';
import { NotFoundPage } from './not-found-page';
import { PageErrorBoundary } from './page-error-boundary';
import { RouteFocus } from './route-focus';

/** Renders the page for the current URL, or the home redirect, 404 or no-permission page. */
export function RouteOutlet() {
  const router = useRouter();
  const routeId = useMatches({ select: (matches): string | undefined => matches[matches.length - 1]?.routeId });
  // The shown page's address, not the location: that one changes as soon as a navigation starts,
  // while the previous page still shows, and the new page must get its own boundary and focus.
  const pathname = useMatches({ select: (matches): string | undefined => matches[matches.length - 1]?.pathname });
  const { permissions } = useConnection();
  // Only the root matched: no route has this address.
  if (routeId === undefined || routeId === rootRouteId) return <Titled title="Page not found"><NotFoundPage /></Titled>;
  const { title, allowed } = (router.routesById as Record<string, AnyRoute | undefined>)[routeId]?.options.staticData ?? {};
  // The home redirect has no title or permission of its own.
  if (title === undefined || allowed === undefined) return <Outlet />;
  if (!allowed(permissions)) return <Titled title="No access"><ForbiddenPage /></Titled>;
  return (
    <Titled title={title}>
      <PageErrorBoundary key={pathname}>
        <Suspense fallback={<Loading label="Loading page…" />}>
          <RouteFocus>
            <Outlet />
          </RouteFocus>
        </Suspense>
      </PageErrorBoundary>
    </Titled>
  );
}

/**
 * The route's default document title. A layout effect runs before the page's own effects, so a
 * page that names its item (useDocumentTitle) still wins.
 */
function Titled({ title, children }: { title: string; children: ReactNode }) {
  useLayoutEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);
  return children;
}
