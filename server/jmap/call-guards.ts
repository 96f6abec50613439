// The checks a real Stalwart makes on an `x:` call before its handler runs: the caller's
// permission (jmap/src/api/auth.rs), the account (api/request.rs resolve_account_id and
// assert_is_member), ifInState's syntax (jmap-proto types/state.rs), and which ids parse.
import type { CatalogEntry } from '../objects/catalog-lookup';
import { allCatalogEntries, knownProperties } from '../objects/catalog-lookup';
import type { AuthUser, JsonObject, MethodError } from './method-types';

const forbidden = (description: string): MethodError => ({ type: 'forbidden', description });

/** Stalwart ids: base 32 over this alphabet, at most 13 digits (a u64). */
const ID = /^[a-z792013]{1,13}$/;
export const isWellFormedId = (id: string): boolean => ID.test(id);

/** No accountId, or one that does not parse, means the caller's own account; another account is refused. */
export function resolveAccount(raw: unknown, user: AuthUser): { ok: true; accountId: string } | { ok: false; error: MethodError } {
  if (typeof raw !== 'string' || !isWellFormedId(raw) || raw === user.accountId) return { ok: true, accountId: user.accountId };
  return { ok: false, error: forbidden(`You are not an owner of account ${raw}`) };
}

/** A state string the server can parse: "n", or "s"/"r" followed by base-32 digits. */
export function isWellFormedState(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string' || value.length === 0) return false;
  if (value[0] === 'n') return true;
  return (value[0] === 's' || value[0] === 'r') && /^[a-z792013]+$/.test(value.slice(1));
}

/** The three permissions a /set is judged on; a singleton's are all its Update permission. */
function setPermissions(entry: CatalogEntry): [string, string, string] {
  const p = entry.permissionPrefix;
  return entry.kind === 'singleton' ? [`${p}Update`, `${p}Update`, `${p}Update`] : [`${p}Create`, `${p}Update`, `${p}Destroy`];
}

const nonEmpty = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : value !== null && typeof value === 'object' && Object.keys(value).length > 0;

/**
 * A caller holding none of the three is refused any /set, even an empty one; otherwise a call
 * holding an operation the caller lacks is refused whole.
 */
export function setRefusal(entry: CatalogEntry, raw: JsonObject, has: (permission: string) => boolean): MethodError | null {
  const [create, update, destroy] = setPermissions(entry).map(has);
  if (create && update && destroy) return null;
  if (!create && !update && !destroy) return forbidden('You are not authorized to create, update or destroy objects of this type');
  if (!create && nonEmpty(raw.create)) return forbidden('You are not authorized to create objects of this type');
  if (!update && nonEmpty(raw.update)) return forbidden('You are not authorized to update objects of this type');
  if (!destroy && (nonEmpty(raw.destroy) || raw['#destroy'] !== undefined)) return forbidden('You are not authorized to destroy objects of this type');
  return null;
}

let everyProperty: Set<string> | null = null;

/**
 * /get `properties` as the server reads them: names no object has are dropped; an empty
 * result means whole objects. A name of another object is known to the server's parser, so it
 * is kept, and then matches nothing but `id`.
 */
export function selectProperties(entry: CatalogEntry, requested: string[] | null): string[] | null {
  if (requested === null) return null;
  everyProperty ??= new Set(allCatalogEntries().flatMap((e) => [...knownProperties(e)]));
  const known = requested.filter((p) => everyProperty!.has(p));
  if (known.length === 0) return null;
  const own = knownProperties(entry);
  return ['id', ...known.filter((p) => own.has(p) && p !== 'id')];
}
