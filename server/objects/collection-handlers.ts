// Built-in get/set/query for stored objects with many instances (plain and multi-variant).
import type { CatalogEntry } from './catalog-lookup';
import type { FieldDescriptor } from '../../src/schema/field-descriptor';
import type { JsonObject, ObjectHandlers, SetError } from '../jmap/method-types';
import { allocateId, deleteObject, getObject, insertObject, listObjects, replaceObject } from '../store/object-store';
import { checkProperties, project } from './get-helpers';
import { validateCreate, validateUpdate } from './object-validator';
import { filterAndSort } from './query-engine';
import { setError } from './set-errors';
import { variantFields } from './variant-fields';
import type { Database } from 'better-sqlite3';
import { keyRecord } from './own-keys';

function uniqueClash(db: Database, entry: CatalogEntry, object: JsonObject, selfId: string | null): SetError | null {
  const key = entry.uniqueKey;
  if (!key) return null;
  const clash = listObjects(db, entry.name).find((o) => o.id !== selfId && o.data[key] === object[key]);
  if (!clash) return null;
  return setError('primaryKeyViolation', `Another ${entry.name} already has ${key} ${JSON.stringify(object[key])}.`, { properties: [key], objectId: clash.id });
}

export function createCollectionHandlers(entry: CatalogEntry): ObjectHandlers {
  const multi = entry.kind === 'multiVariant';

  const fieldsFor = (type: unknown): { ok: true; type: string | null; fields: FieldDescriptor[] } | { ok: false; error: SetError } =>
    multi ? variantFields(entry, type) : { ok: true, type: null, fields: entry.fields ?? [] };

  return {
    async get(args, ctx) {
      const bad = checkProperties(entry, args.properties);
      if (bad) return { ok: false, error: bad };
      const list: JsonObject[] = [];
      const notFound: string[] = [];
      if (args.ids === null) {
        const all = listObjects(ctx.db, entry.name).reverse().slice(0, ctx.limits.maxObjectsInGet);
        for (const o of all) list.push(project(o.id, o.data, args.properties));
      } else {
        for (const id of args.ids) {
          const o = getObject(ctx.db, entry.name, id);
          if (o) list.push(project(o.id, o.data, args.properties));
          else if (!notFound.includes(id)) notFound.push(id);
        }
      }
      return { ok: true, result: { list, notFound } };
    },

    async set(args, ctx) {
      const created = keyRecord<JsonObject>();
      const notCreated = keyRecord<SetError>();
      const updated = keyRecord<JsonObject | null>();
      const notUpdated = keyRecord<SetError>();
      const destroyed: string[] = [];
      const notDestroyed = keyRecord<SetError>();

      for (const [cid, input] of Object.entries(args.create)) {
        const { ['@type']: type, ...rest } = input;
        const variant = fieldsFor(type);
        if (!variant.ok) {
          notCreated[cid] = variant.error;
          continue;
        }
        // A plain object's patch leaves "@type" unpatched: it is ignored, not refused.
        const validated = validateCreate(variant.fields, rest, entry.name);
        if (!validated.ok) {
          notCreated[cid] = validated.error;
          continue;
        }
        const object: JsonObject = variant.type ? { '@type': variant.type, ...validated.object } : validated.object;
        const clash = uniqueClash(ctx.db, entry, object, null);
        if (clash) {
          notCreated[cid] = clash;
          continue;
        }
        const { id, docId } = allocateId(ctx.db, entry.name);
        insertObject(ctx.db, entry.name, id, docId, object);
        // Only the id: a real server echoes no defaults; clients read the object back.
        created[cid] = { id };
      }

      for (const [id, patch] of Object.entries(args.update)) {
        if (args.destroy.includes(id)) {
          notUpdated[id] = setError('willDestroy', 'The object is destroyed in the same request.', { properties: [] });
          continue;
        }
        const stored = getObject(ctx.db, entry.name, id);
        if (!stored) {
          notUpdated[id] = setError('notFound', `${entry.name} ${id} does not exist.`);
          continue;
        }
        const { ['@type']: storedType, ...storedFields } = stored.data;
        const { ['@type']: newType, ...patchFields } = patch;
        let base: JsonObject = storedFields;
        let type = storedType;
        if (multi && newType !== undefined && newType !== storedType) {
          // A new variant is patched from scratch; create-only properties carry over.
          base = {};
          const newFields = fieldsFor(newType);
          if (!newFields.ok) {
            notUpdated[id] = newFields.error;
            continue;
          }
          for (const f of newFields.fields) if (f.update !== 'mutable' && storedFields[f.name] !== undefined) base[f.name] = storedFields[f.name];
          type = newType;
        }
        const variant = fieldsFor(type);
        if (!variant.ok) {
          notUpdated[id] = variant.error;
          continue;
        }
        const validated = validateUpdate(variant.fields, base, patchFields, entry.name);
        if (!validated.ok) {
          notUpdated[id] = validated.error;
          continue;
        }
        const object: JsonObject = variant.type ? { '@type': variant.type, ...validated.object } : validated.object;
        const clash = uniqueClash(ctx.db, entry, object, id);
        if (clash) {
          notUpdated[id] = clash;
          continue;
        }
        replaceObject(ctx.db, entry.name, id, object);
        updated[id] = null;
      }

      for (const id of args.destroy) {
        if (destroyed.includes(id) || notDestroyed[id]) continue;
        if (deleteObject(ctx.db, entry.name, id)) destroyed.push(id);
        else notDestroyed[id] = setError('notFound', `${entry.name} ${id} does not exist.`);
      }

      return { ok: true, result: { created, notCreated, updated, notUpdated, destroyed, notDestroyed } };
    },

    async query(args, ctx) {
      const sorted = filterAndSort(entry, listObjects(ctx.db, entry.name), args.filter, args.sort);
      if (!sorted.ok) return sorted;
      const page = ctx.helpers.paginate(sorted.ids, args);
      if (!page.ok) return page;
      return { ok: true, result: { ...page.page } };
    },
  };
}
