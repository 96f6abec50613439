// The state one running sandbox shares across its HTTP handlers.
import type { Database } from 'better-sqlite3';
import type { Authenticator } from '../auth/authenticate';
import type { CoreLimits, ObjectHandlers } from '../jmap/method-types';
import type { AsyncLock } from '../store/async-lock';
import type { DeliveryService } from '../delivery/delivery-service';

export interface SandboxCore {
  db: Database;
  limits: CoreLimits;
  authenticator: Authenticator;
  /** Serializes database work: one request's transaction at a time. */
  lock: AsyncLock;
  builtins: ReadonlyMap<string, ObjectHandlers>;
  /** In-flight JMAP API requests per username (maxConcurrentRequests). */
  inFlight: Map<string, number>;
  fallbackHost: string;
  log: (message: string) => void;
  /** Live delivery tests (absent when the demo mail servers are not running). */
  delivery?: DeliveryService;
}
