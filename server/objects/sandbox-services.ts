// What the built-in object handlers need from the running sandbox instance.
import type { Database } from 'better-sqlite3';
import type { AppHost } from '../apps/app-host';
import type { ActiveConfigHolder } from './active-config';

export interface SandboxServices {
  db: Database;
  dnsZoneFiles: readonly string[];
  config: ActiveConfigHolder;
  /** Hosted web applications, reloaded by the UpdateApps action. */
  apps?: AppHost;
}
