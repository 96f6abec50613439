// Every query and mutation fails with a JmapFailure: `query.error` and `mutation.error` are typed so.
import type { JmapFailure } from '../jmap/failure';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: JmapFailure;
  }
}
