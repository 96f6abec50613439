// x:Action: create-only server operations. The variants, their inputs and their results are the
// action registry's (src/schema/action.ts); this definition only places them in the catalog.
import { z } from 'zod';
import { actionVariants, isActionType, type ActionCreate, type ActionCreated } from '../schema/action';
import { defineObject } from '../schema/define-object';

export type { ActionCreate, ActionCreated, ActionType, SimpleActionType } from '../schema/action';

const noInput = z.object({});

// Diagnostic variants describe their inputs and server-set results; simple ones only their @type.
const variants = actionVariants.map((v) => ({ type: v.type, label: v.label, model: 'schema' in v ? v.schema : noInput }));

const createSchema = z.custom<ActionCreate>(
  (value) => typeof value === 'object' && value !== null && isActionType((value as { '@type'?: unknown })['@type']),
);

export const action = defineObject({
  name: 'x:Action',
  kind: 'createOnly',
  permissionPrefix: 'sysAction',
  variants,
  // Actions are never stored: /get finds nothing, so the wire form is what a create takes.
  wire: createSchema,
  create: createSchema,
  // Read per variant through its result schema (src/schema/action-answer.ts).
  created: z.custom<ActionCreated>((value) => typeof value === 'object' && value !== null),
  indexes: { filters: [], sorts: [] },
  screens: {
    noun: { singular: 'action', plural: 'actions' },
    basePath: '/management/actions',
    columns: [],
    menu: ['Management', 'Actions'],
  },
});
