// Shared types for JMAP method handlers. Other modules (server/queue, server/actions) code
// against these, so changes here must stay backward compatible.
//
// Plug-in seams: server/plugins.ts lists the plug-ins (server/queue/register.ts and
// server/actions/register.ts) and imports them. Such a module registers itself on import with
//   registerActionRunner(type, runner)       from server/objects/action-registry.ts
//   registerBlobLookup(lookup)               from server/http/blob-registry.ts
// and may export `initDatabase(db)` (called on every start, after the core tables exist, to
// create its own tables with CREATE TABLE IF NOT EXISTS). When the database is empty, the
// sandbox seeds demo data and calls seedDemoQueue(db, {seed, count}) from
// server/queue/demo-queue.ts.
import type { Database } from 'better-sqlite3';

/** A JSON object as received on the wire. */
export type JsonObject = Record<string, unknown>;

/** Method-level error (RFC 8620 §3.6.2), answered as ["error", {type, description, ...}, callId]. */
export interface MethodError {
  type: string;
  description?: string;
  [extra: string]: unknown;
}

/** What a method handler returns: the response arguments, or a method-level error. */
export type MethodOutcome = { ok: true; result: JsonObject } | { ok: false; error: MethodError };

/** One entry of validationErrors in a validationFailed SetError. */
export type ValidationError =
  | { type: 'Required'; property: string }
  | { type: 'Invalid'; property: string; value: unknown }
  | { type: 'MinValue' | 'MaxValue' | 'MinLength' | 'MaxLength'; property: string; required: number };

/** SetError (RFC 8620 §5.3 plus Stalwart's registry types). An expression error has no description. */
export interface SetError {
  type: string;
  description?: string;
  properties?: string[];
  existingId?: string;
  objectId?: string;
  linkedObjects?: unknown[];
  validationErrors?: ValidationError[];
}

/** The core capability limits, all configurable at start-up. */
export interface CoreLimits {
  maxSizeUpload: number;
  maxConcurrentUpload: number;
  maxSizeRequest: number;
  maxConcurrentRequests: number;
  maxCallsInRequest: number;
  maxObjectsInGet: number;
  maxObjectsInSet: number;
}

/** An authenticated principal. */
export interface AuthUser {
  username: string;
  /** The JMAP account id of this principal (its primary account). */
  accountId: string;
  permissions: ReadonlySet<string>;
}

/** A sort comparator of /query, already type-checked. */
export interface Comparator {
  property: string;
  isAscending: boolean;
}

/**
 * Standard /get arguments, type-checked by the dispatcher before the handler runs:
 * ids are strings ("#creationId" references already resolved), count <= maxObjectsInGet.
 */
export interface GetArgs {
  accountId: string;
  ids: string[] | null;
  /** null when absent; when present, it never contains "id" twice and unknown names are the handler's call. */
  properties: string[] | null;
  /** The complete arguments object, for method-specific extras. */
  raw: JsonObject;
}

/**
 * Standard /set arguments, type-checked by the dispatcher: create/update values are objects,
 * update keys and destroy ids have "#creationId" references resolved, the total count is
 * <= maxObjectsInSet, ifInState was checked for syntax only (the server never compares it),
 * destroy holds only well-formed ids, and the caller holds the Create/Update/Destroy permission for every kind of operation present.
 */
export interface SetArgs {
  accountId: string;
  ifInState: string | null;
  create: Record<string, JsonObject>;
  update: Record<string, JsonObject>;
  destroy: string[];
  raw: JsonObject;
}

/**
 * Standard /query arguments, type-checked by the dispatcher (position/anchorOffset integers,
 * limit a non-negative integer, sort comparators well formed). Filter and sort *property*
 * support is the handler's call (unsupportedFilter / unsupportedSort).
 */
export interface QueryArgs {
  accountId: string;
  filter: JsonObject | null;
  sort: Comparator[];
  position: number;
  anchor: string | null;
  anchorOffset: number;
  limit: number | null;
  calculateTotal: boolean;
  raw: JsonObject;
}

/** The paging part of a /query response. */
export interface QueryPage {
  ids: string[];
  position: number;
  total?: number;
  limit?: number;
}

/** Request-bound helpers given to every handler. */
export interface MethodHelpers {
  /** Current time (one clock for the whole request). */
  now(): Date;
  /** Whether the caller holds a permission, e.g. "sysQueuedMessageUpdate". */
  hasPermission(permission: string): boolean;
  /** Resolves "#creationId" to an id created earlier in this request; other ids pass through. */
  resolveId(id: string): string;
  /**
   * Applies position/anchor/anchorOffset/limit/calculateTotal (RFC 8620 §5.5) to the full,
   * already filtered and sorted id list. Fails with anchorNotFound.
   */
  paginate(sortedIds: readonly string[], args: QueryArgs): { ok: true; page: QueryPage } | { ok: false; error: MethodError };
  /** Builds a SetError, always with a description and a properties list. */
  setError(type: string, description: string, extra?: Partial<SetError>): SetError;
}

/**
 * Everything a handler may use. The whole JMAP request runs inside one SQLite transaction on
 * `db` (each method call in its own savepoint), so handlers use `db` synchronously and never
 * hold it across an await they don't control. The dispatcher fills in accountId, and
 * queryState "n" in /query responses; like a real server, nothing keeps a state.
 */
export interface MethodContext {
  accountId: string;
  user: AuthUser;
  db: Database;
  limits: CoreLimits;
  /** The `x:` object name this call is for, e.g. "x:QueuedMessage". */
  objectName: string;
  helpers: MethodHelpers;
}

export type MethodHandler<A> = (args: A, ctx: MethodContext) => Promise<MethodOutcome>;

/** Handlers for one `x:` object type. */
export interface ObjectHandlers {
  get: MethodHandler<GetArgs>;
  set: MethodHandler<SetArgs>;
  query: MethodHandler<QueryArgs>;
}

/**
 * The settings the running server acts on: a snapshot of the stored objects taken at start-up
 * and on every ReloadSettings action (edits take effect after a reload, as on a real server).
 */
export interface ActiveConfig {
  loadedAt: Date;
  /** Stored objects by object name, each with its "id", e.g. objects["x:SpamRule"]. */
  objects: Readonly<Record<string, readonly JsonObject[]>>;
}

/** Context given to an action runner (x:Action TroubleshootDmarc / ClassifySpam). */
export interface ActionRunnerContext {
  db: Database;
  user: AuthUser;
  accountId: string;
  now: Date;
  /** Zone files given with --dns-zone, for the actions module's resolver. */
  dnsZoneFiles: readonly string[];
  /** Active settings (x:SpamRule, x:SpamSettings, x:MtaMilter ...) as of the last reload. */
  config: ActiveConfig;
}

/**
 * Runs one action. `input` is the created object, already validated against the variant's
 * field descriptors and default-filled (without "@type"). The result object is returned as
 * created[creationId]; an error as notCreated[creationId].
 */
export type ActionRunner = (
  input: JsonObject,
  ctx: ActionRunnerContext,
) => Promise<{ ok: true; result: JsonObject } | { ok: false; error: SetError }>;

/** A blob served by GET /jmap/download/... */
export interface BlobContent {
  data: Buffer;
  /** Stored media type; the download's ?accept= overrides it. */
  type?: string;
}

/** Looks a blob up; null when this lookup doesn't know the id. */
export type BlobLookup = (
  blobId: string,
  ctx: { db: Database; user: AuthUser; accountId: string },
) => Promise<BlobContent | null>;
