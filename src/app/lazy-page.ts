// A lazily loaded page that can be fetched ahead of its first render. Once loaded it renders
// synchronously, so no Suspense fallback (and no fallback reveal delay) shows for it.
import { createElement, type ComponentType, type ReactElement } from 'react';
import { chunkLoaded, reloadOnceForMissingChunk } from './chunk-reload';

/** `preload` on the component itself is what the router calls ahead of a navigation (link intent). */
export interface LazyPage<P extends object = object> {
  Page: ((props: P) => ReactElement) & { preload(): Promise<void> };
  preload(): Promise<void>;
}

export function lazyPage<P extends object = object>(load: () => Promise<{ default: ComponentType<P> }>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        chunkLoaded();
      },
      (error: unknown) => {
        pending = undefined; // let a later render try again
        // Wait for the reload rather than flash an error page.
        if (reloadOnceForMissingChunk()) return new Promise<void>(() => undefined);
        throw error;
      },
    ));
  function Page(props: P): ReactElement {
    if (loaded) return createElement(loaded, props);
    // Suspense waits for the chunk; the page error boundary shows a failed load.
    throw preload();
  }
  Page.preload = preload;
  return { Page, preload };
}
