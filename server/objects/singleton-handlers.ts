// Built-in get/set/query for singletons: one object with id "singleton", default-filled until stored.
import type { CatalogEntry } from './catalog-lookup';
import type { JsonObject, ObjectHandlers, SetError } from '../jmap/method-types';
import { putObject } from '../store/object-store';
import { SINGLETON_ID, readSingleton } from './active-config';
import { checkProperties, project } from './get-helpers';
import { validateCreate, validateUpdate } from './object-validator';
import { setError } from './set-errors';
import { keyRecord } from './own-keys';

export function createSingletonHandlers(entry: CatalogEntry): ObjectHandlers {
  const fields = entry.fields ?? [];
  return {
    async get(args, ctx) {
      const bad = checkProperties(entry, args.properties);
      if (bad) return { ok: false, error: bad };
      const ids = args.ids ?? [SINGLETON_ID];
      const list: JsonObject[] = [];
      const notFound: string[] = [];
      for (const id of new Set(ids)) {
        if (id === SINGLETON_ID) list.push(project(SINGLETON_ID, readSingleton(ctx.db, entry.name, fields), args.properties));
        else notFound.push(id);
      }
      return { ok: true, result: { list, notFound } };
    },

    async set(args, ctx) {
      const created = keyRecord<JsonObject>();
      const notCreated = keyRecord<SetError>();
      const updated = keyRecord<JsonObject | null>();
      const notUpdated = keyRecord<SetError>();
      const notDestroyed = keyRecord<SetError>();
      // A create replaces the singleton: properties not sent take their defaults (registry/set.rs).
      for (const [cid, input] of Object.entries(args.create)) {
        const validated = validateCreate(fields, input, entry.name);
        if (!validated.ok) {
          notCreated[cid] = validated.error;
          continue;
        }
        putObject(ctx.db, entry.name, SINGLETON_ID, 0, validated.object);
        created[cid] = { id: SINGLETON_ID };
      }
      for (const [id, patch] of Object.entries(args.update)) {
        if (id !== SINGLETON_ID) {
          notUpdated[id] = setError('notFound', `${entry.name} is a singleton; its only id is "singleton".`);
          continue;
        }
        const validated = validateUpdate(fields, readSingleton(ctx.db, entry.name, fields), patch, entry.name);
        if (!validated.ok) {
          notUpdated[id] = validated.error;
          continue;
        }
        putObject(ctx.db, entry.name, SINGLETON_ID, 0, validated.object);
        updated[id] = null;
      }
      for (const id of args.destroy) {
        notDestroyed[id] = setError('singleton', `${entry.name} is a singleton: it cannot be destroyed.`);
      }
      return { ok: true, result: { created, notCreated, updated, notUpdated, destroyed: [], notDestroyed } };
    },

    async query() {
      // Never reached: the dispatcher answers unknownMethod, as singletons have no /query.
      return { ok: false, error: { type: 'unknownMethod', description: `${entry.name} has no /query.` } };
    },
  };
}
