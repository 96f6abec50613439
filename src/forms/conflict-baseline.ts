// What an edit form's patch is computed against, across stateMismatch conflicts. The form keeps
// what the person typed; this keeps the server object those values started from. After a
// conflict, the server's object becomes the base only once the form agrees with it on every
// field the server changed (the person chose Reload); until then a save meets the conflict again.
import { useEffect, useRef } from 'react';
import type { SaveConflict } from './save-outcome';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { jsonEqual, toWireValue } from '../schema/wire-codec';

type Model = Record<string, unknown>;

/** Names of the fields whose values differ, compared in wire form (set order does not count). */
export function changedFields(fields: readonly FieldDescriptor[], before: Model, after: Model): string[] {
  return fields.filter((f) => !jsonEqual(toWireValue(f, before[f.name]), toWireValue(f, after[f.name]))).map((f) => f.name);
}

export function useConflictBaseline<L>(loaded: L, fields: readonly FieldDescriptor[], toModel: (loaded: L) => Model) {
  const base = useRef(loaded);
  const serverAfterConflict = useRef<L | null>(null);
  // A successful save (or a reload) brings a new loaded object: it is the base from now on.
  useEffect(() => {
    base.current = loaded;
    serverAfterConflict.current = null;
  }, [loaded]);

  return {
    /** The loaded object the next patch starts from. Overwrite keeps the person's own base. */
    baseFor(next: Model, force: boolean): L {
      const server = serverAfterConflict.current;
      if (server !== null && !force) {
        const serverModel = toModel(server);
        const changed = changedFields(fields, toModel(base.current), serverModel);
        if (changedFields(fields, next, serverModel).every((name) => !changed.includes(name))) {
          base.current = server;
          serverAfterConflict.current = null;
        }
      }
      return base.current;
    },
    /** Remembers the server's object after a stateMismatch and describes the conflict for the form. */
    conflict(server: L): SaveConflict {
      serverAfterConflict.current = server;
      const serverModel = toModel(server);
      return { serverModel, changedFields: changedFields(fields, toModel(base.current), serverModel) };
    },
  };
}
