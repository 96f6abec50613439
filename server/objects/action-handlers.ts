// x:Action: create-only. The registry (src/schema/action.ts) decides each variant's permission,
// its input fields and whether it is diagnostic: diagnostic variants run through their registered
// runner and answer its result, checked against the variant's result schema; simple variants take
// their effect (action-effects.ts) and answer a timestamp id.
import { actionVariant, isDiagnosticAction, type ActionType, type DiagnosticActionType, type SimpleActionType } from '../../src/schema/action';
import type { CatalogEntry } from './catalog-lookup';
import type { JsonObject, MethodContext, ObjectHandlers, SetError } from '../jmap/method-types';
import { encodeId } from '../store/ids';
import { simpleActionEffects } from './action-effects';
import { actionRunner } from './action-registry';
import { validateCreate } from './object-validator';
import type { SandboxServices } from './sandbox-services';
import { setError } from './set-errors';
import { variantFields } from './variant-fields';
import type { Database } from 'better-sqlite3';
import { keyRecord } from './own-keys';

type Created = { ok: true; created: JsonObject } | { ok: false; error: SetError };

/** A timestamp id, unique even for several actions in the same millisecond. */
function timestampId(db: Database, now: Date): string {
  let ms = now.getTime();
  while (db.prepare('SELECT 1 FROM action_log WHERE id = ?').get(encodeId(ms))) ms += 1;
  return encodeId(ms);
}

function ensureDescribed(error: SetError): SetError {
  return { ...error, description: error.description || 'The action failed.', properties: error.properties ?? [] };
}

async function runDiagnostic(type: DiagnosticActionType, input: JsonObject, ctx: MethodContext, services: SandboxServices): Promise<Created> {
  const runner = actionRunner(type);
  if (!runner) {
    return { ok: false, error: setError('forbidden', `The ${type} action is not available: this sandbox build has no module installed for it.`) };
  }
  const outcome = await runner(input, {
    db: ctx.db,
    user: ctx.user,
    accountId: ctx.accountId,
    now: ctx.helpers.now(),
    dnsZoneFiles: services.dnsZoneFiles,
    config: services.config.current(),
  });
  if (!outcome.ok) return { ok: false, error: ensureDescribed(outcome.error) };
  // The answer the console reads with the same schema: a runner that strays from it is a sandbox
  // bug, failed loudly (serverFail) rather than sent.
  const checked = actionVariant(type).result!.safeParse(outcome.result);
  if (!checked.success) throw new Error(`The ${type} runner answered outside its result schema: ${checked.error.message}`);
  return { ok: true, created: outcome.result };
}

async function runSimple(type: SimpleActionType, ctx: MethodContext, services: SandboxServices): Promise<Created> {
  await simpleActionEffects[type](ctx, services);
  const id = timestampId(ctx.db, ctx.helpers.now());
  ctx.db.prepare('INSERT INTO action_log (id, type, username, at) VALUES (?, ?, ?, ?)').run(id, type, ctx.user.username, ctx.helpers.now().toISOString());
  return { ok: true, created: { id } };
}

export function createActionHandlers(entry: CatalogEntry, services: SandboxServices): ObjectHandlers {
  return {
    async get(args) {
      return { ok: true, result: { list: [], notFound: args.ids ?? [] } };
    },

    async query() {
      return { ok: false, error: { type: 'invalidArguments', description: 'Actions cannot be queried' } };
    },

    async set(args, ctx) {
      const created = keyRecord<JsonObject>();
      const notCreated = keyRecord<SetError>();
      const notUpdated = keyRecord<SetError>();
      const notDestroyed = keyRecord<SetError>();

      for (const [cid, input] of Object.entries(args.create)) {
        const { ['@type']: type, ...rest } = input;
        // The fields come from the registry too: the catalog describes each variant's schema.
        const variant = variantFields(entry, type);
        if (!variant.ok) {
          notCreated[cid] = variant.error;
          continue;
        }
        const actionType = variant.type as ActionType;
        if (!ctx.helpers.hasPermission(actionVariant(actionType).permission)) {
          notCreated[cid] = setError('forbidden', `Insufficient permissions to perform action of type ${actionType}`);
          continue;
        }
        const validated = validateCreate(variant.fields, rest, entry.name);
        if (!validated.ok) {
          notCreated[cid] = validated.error;
          continue;
        }
        const outcome = isDiagnosticAction(actionType)
          ? await runDiagnostic(actionType, validated.object, ctx, services)
          : await runSimple(actionType, ctx, services);
        if (outcome.ok) created[cid] = outcome.created;
        else notCreated[cid] = outcome.error;
      }
      for (const id of Object.keys(args.update)) notUpdated[id] = setError('forbidden', 'Actions cannot be updated');
      for (const id of args.destroy) notDestroyed[id] = setError('forbidden', 'Actions cannot be destroyed');
      return { ok: true, result: { created, notCreated, updated: {}, notUpdated, destroyed: [], notDestroyed } };
    },
  };
}
