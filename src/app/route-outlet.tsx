import { Suspense, useLayoutEffect, type ReactNode } from 'react';
import { RouteParamsContext } from '../router/route-params';
import { useLocation } from '../router/use-location';
import { useConnection } from '../session/connection-context';
import { Loading } from '../ui/spinner';
import { APP_NAME } from '../ui/use-document-title';
import { ForbiddenPage } from './forbidden-page';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { PageErrorBoundary } from './page-error-boundary';
import { RouteFocus } from './route-focus';
import { findRoute } from './routes';


/** Renders the page for the current URL, or the home redirect, 404 or no-permission page. */
export function RouteOutlet() {
  const { pathname } = useLocation();
  const { permissions } = useConnection();
  if (pathname === '/') return <HomeRedirect />;
  const match = findRoute(pathname);
  if (!match) return <Titled title="Page not found"><NotFoundPage /></Titled>;
  const { route, params } = match;
  if (!route.allowed(permissions)) return <Titled title="No access"><ForbiddenPage /></Titled>;
  return (
    <Titled title={route.title}>
      <RouteParamsContext.Provider value={params}>
        <PageErrorBoundary key={pathname}>
          <Suspense fallback={<Loading label="Loading page…" />}>
            <RouteFocus>
              <route.page.Page />
            </RouteFocus>
          </Suspense>
        </PageErrorBoundary>
      </RouteParamsContext.Provider>
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
