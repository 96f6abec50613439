// The state one running sandbox shares across its HTTP handlers.
import type { Database } from 'better-sqlite3';
import type { AppHost } from '../apps/app-host';
import type { Authenticator } from '../auth/authenticate';
import type { SignInGuard } from '../auth/sign-in-guard';
import type { OAuthTokenStore } from '../auth/oauth-tokens';
import type { CoreLimits, ObjectHandlers } from '../jmap/method-types';
import type { AsyncLock } from '../store/async-lock';
import type { DeliveryService } from '../delivery/delivery-service';

export interface SandboxCore {
  db: Database;
  limits: CoreLimits;
  authenticator: Authenticator;
  /** Failed sign-ins and IP bans, shared by every sign-in path. */
  signInGuard: SignInGuard;
  /** Serializes database work: one request's transaction at a time. */
  lock: AsyncLock;
  builtins: ReadonlyMap<string, ObjectHandlers>;
  /** In-flight JMAP API requests per username (maxConcurrentRequests). */
  inFlight: Map<string, number>;
  /** How long a request body may take to arrive. */
  requestBodyTimeoutMs: number;
  fallbackHost: string;
  /** Send x:Http.usePermissiveCors's headers on every response. */
  permissiveCors: boolean;
  /** Authorization codes and OAuth tokens. */
  oauth: OAuthTokenStore;
  /** Signs the stateless ids of dynamically registered OAuth clients. */
  clientKey: Buffer;
  /** Signs ID tokens (HS256). */
  idTokenKey: Buffer;
  /** Web applications served under their URL prefixes. */
  apps: AppHost;
  log: (message: string) => void;
  /** Live delivery tests (absent when the demo mail servers are not running). */
  delivery?: DeliveryService;
}
