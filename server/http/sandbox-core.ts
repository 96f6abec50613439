// The state one running sandbox shares across its HTTP handlers.
import type { Database } from 'better-sqlite3';
import type { Authenticator } from '../auth/authenticate';
import type { SignInGuard } from '../auth/sign-in-guard';
import type { CoreLimits, ObjectHandlers } from '../jmap/method-types';
import type { AsyncLock } from '../store/async-lock';

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
  log: (message: string) => void;
}
