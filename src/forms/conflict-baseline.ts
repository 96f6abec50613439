// What an edit form's patch is computed against. The form keeps what the person typed; this keeps
// the server object those values started from. When a save finds the object changed by someone
// else, the server's copy is remembered; once the person has resolved the conflict (theirs, yours
// or a merge), that copy becomes the base, so the next patch holds exactly what they chose.
import { useEffect, useRef } from 'react';
import type { SaveConflict } from './save-outcome';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { jsonEqual, toWireValue } from '../schema/wire-codec';

type Model = Record<string, unknown>;

/** Names of the fields whose values differ, compared in wire form (set order does not count). */
export function changedFields(fields: readonly FieldDescriptor[], before: Model, after: Model): string[] {
  return fields.filter((f) => !jsonEqual(toWireValue(f, before[f.name]) ?? null, toWireValue(f, after[f.name]) ?? null)).map((f) => f.name);
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
    /** The loaded object the next patch starts from; after a resolved conflict, the server's copy. */
    baseFor(resolvedConflict: boolean): L {
      if (resolvedConflict && serverAfterConflict.current !== null) {
        base.current = serverAfterConflict.current;
        serverAfterConflict.current = null;
      }
      return base.current;
    },
    /** Remembers the server's copy and describes the conflict for the form's dialog. */
    conflict(server: L, mine: Model): SaveConflict {
      serverAfterConflict.current = server;
      const baseModel = toModel(base.current);
      const serverModel = toModel(server);
      return {
        serverModel,
        changedFields: changedFields(fields, baseModel, serverModel),
        editedFields: changedFields(fields, baseModel, mine),
      };
    },
  };
}
