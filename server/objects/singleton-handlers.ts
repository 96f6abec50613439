// Built-in get/set/query for singletons: one object with id "singleton", default-filled until stored.
import type { CatalogEntry } from '../../src/schema/object-catalog';
import type { JsonObject, ObjectHandlers, SetError } from '../jmap/method-types';
import { putObject } from '../store/object-store';
import { SINGLETON_ID, readSingleton } from './active-config';
import { checkProperties, project } from './get-helpers';
import { validateUpdate } from './object-validator';
import { filterAndSort } from './query-engine';
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
      const notCreated = keyRecord<SetError>();
      const updated = keyRecord<JsonObject | null>();
      const notUpdated = keyRecord<SetError>();
      const notDestroyed = keyRecord<SetError>();
      for (const cid of Object.keys(args.create)) {
        notCreated[cid] = setError('singleton', `${entry.name} is a singleton: it cannot be created; update the id "singleton" instead.`);
      }
      for (const [id, patch] of Object.entries(args.update)) {
        if (id !== SINGLETON_ID) {
          notUpdated[id] = setError('notFound', `${entry.name} is a singleton; its only id is "singleton".`);
          continue;
        }
        const validated = validateUpdate(fields, readSingleton(ctx.db, entry.name, fields), patch);
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
      return { ok: true, result: { created: {}, notCreated, updated, notUpdated, destroyed: [], notDestroyed } };
    },

    async query(args, ctx) {
      // The singleton is the only instance; the catalog lists no filters or sorts for it.
      const only = [{ id: SINGLETON_ID, docId: 0, data: readSingleton(ctx.db, entry.name, fields) }];
      const sorted = filterAndSort(entry, only, args.filter, args.sort);
      if (!sorted.ok) return sorted;
      const page = ctx.helpers.paginate(sorted.ids, args);
      if (!page.ok) return page;
      return { ok: true, result: { ...page.page } };
    },
  };
}
