// x:Action: create-only. Simple variants take effect here; TroubleshootDmarc and ClassifySpam
// run through the registered action runners.
import type { CatalogEntry } from './catalog-lookup';
import type { JsonObject, ObjectHandlers, SetError } from '../jmap/method-types';
import { encodeId } from '../store/ids';
import { setQueuePaused } from '../store/queue-state';
import { actionRunner } from './action-registry';
import { validateCreate } from './object-validator';
import type { SandboxServices } from './sandbox-services';
import { setError } from './set-errors';
import { variantFields } from './variant-fields';
import type { Database } from 'better-sqlite3';
import { keyRecord } from './own-keys';

/** Variants whose result is computed by a runner and returned in created[cid]. */
const RUNNER_VARIANTS = new Set(['TroubleshootDmarc', 'ClassifySpam']);

/** A timestamp id, unique even for several actions in the same millisecond. */
function timestampId(db: Database, now: Date): string {
  let ms = now.getTime();
  while (db.prepare('SELECT 1 FROM action_log WHERE id = ?').get(encodeId(ms))) ms += 1;
  return encodeId(ms);
}

function ensureDescribed(error: SetError): SetError {
  return { ...error, description: error.description || 'The action failed.', properties: error.properties ?? [] };
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
        const variant = variantFields(entry, type);
        if (!variant.ok) {
          notCreated[cid] = variant.error;
          continue;
        }
        if (!ctx.helpers.hasPermission(`action${variant.type}`)) {
          notCreated[cid] = setError('forbidden', `Insufficient permissions to perform action of type ${variant.type}`);
          continue;
        }
        const validated = validateCreate(variant.fields, rest, entry.name);
        if (!validated.ok) {
          notCreated[cid] = validated.error;
          continue;
        }
        if (RUNNER_VARIANTS.has(variant.type)) {
          const runner = actionRunner(variant.type);
          if (!runner) {
            notCreated[cid] = setError('forbidden', `The ${variant.type} action is not available: this sandbox build has no module installed for it.`);
            continue;
          }
          const outcome = await runner(validated.object, {
            db: ctx.db,
            user: ctx.user,
            accountId: ctx.accountId,
            now: ctx.helpers.now(),
            dnsZoneFiles: services.dnsZoneFiles,
            config: services.config.current(),
          });
          if (outcome.ok) created[cid] = outcome.result;
          else notCreated[cid] = ensureDescribed(outcome.error);
          continue;
        }
        switch (variant.type) {
          case 'PauseMtaQueue':
            setQueuePaused(ctx.db, true);
            break;
          case 'ResumeMtaQueue':
            setQueuePaused(ctx.db, false);
            break;
          case 'ReloadSettings':
            services.config.reload();
            break;
          case 'UpdateApps':
            // Like the server: every application is fetched again; failures are only logged.
            await services.apps?.updateAll(ctx.db);
            break;
          default:
            // Reloads of certificates, lookup stores, blocked IPs, app updates and cache
            // invalidations have nothing to act on in the sandbox: they are recorded only.
            break;
        }
        const id = timestampId(ctx.db, ctx.helpers.now());
        ctx.db.prepare('INSERT INTO action_log (id, type, username, at) VALUES (?, ?, ?, ?)').run(id, variant.type, ctx.user.username, ctx.helpers.now().toISOString());
        created[cid] = { id };
      }
      for (const id of Object.keys(args.update)) notUpdated[id] = setError('forbidden', 'Actions cannot be updated');
      for (const id of args.destroy) notDestroyed[id] = setError('forbidden', 'Actions cannot be destroyed');
      return { ok: true, result: { created, notCreated, updated: {}, notUpdated, destroyed: [], notDestroyed } };
    },
  };
}
