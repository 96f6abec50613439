// The save handler of a create form: sends the object, then opens the new object's page, which
// shows what the server stored (read back in the same request), with a note of any value the
// server stored differently from what was typed.
import { navigate } from '../router/navigation';
import type { FieldDescriptor } from '../schema/field-descriptor';
import { toWireCreate } from '../schema/wire-codec';
import { leaveCreatedNote } from './created-note';
import type { CreateAnswer, SaveOutcome } from './save-outcome';
import { createdNotice, storedDifferences } from './stored-differences';

type Model = Record<string, unknown>;

export interface CreateSubmitOptions<O extends { id: string }> {
  fields: readonly FieldDescriptor[];
  /** Properties sent besides the form's own, e.g. a rule's `@type`. */
  extra?: Model;
  create: (wire: Model) => Promise<CreateAnswer<O>>;
  pathOf: (created: O) => string;
  noun: string;
}

export function useCreateSubmit<O extends { id: string }>({ fields, extra, create, pathOf, noun }: CreateSubmitOptions<O>) {
  return async (model: Model): Promise<SaveOutcome> => {
    const wire = { ...extra, ...toWireCreate(fields, model) };
    const answer = await create(wire);
    if (!answer.ok) return answer;
    const { stored } = answer;
    leaveCreatedNote(stored.id, createdNotice(noun, storedDifferences(fields, wire, stored as unknown as Model)));
    void navigate(pathOf(stored));
    return { ok: true };
  };
}
