// x:Application: a web application bundle the server downloads, unpacks and serves.
import type { z } from 'zod';
import { defineObject } from '../schema/define-object';
import { applicationSchema } from '../schema/application';
import { createSchema, wireObjectSchema } from '../schema/wire-schema';

export const application = defineObject({
  name: 'x:Application',
  kind: 'plain',
  permissionPrefix: 'sysApplication',
  model: applicationSchema,
  wire: wireObjectSchema(applicationSchema),
  create: createSchema(applicationSchema, ['resourceUrl', 'description', 'urlPrefix']),
  indexes: { filters: [], sorts: ['id'] },
});

export type Application = z.infer<typeof application.wire>;
