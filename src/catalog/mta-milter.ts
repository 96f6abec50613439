// x:MtaMilter: a Milter filter endpoint.
import { defineObject } from '../schema/define-object';
import { mtaMilterSchema } from '../schema/mta-milter';
import { createSchema, wireObjectSchema } from '../schema/wire-schema';
import type { z } from 'zod';

export const mtaMilter = defineObject({
  name: 'x:MtaMilter',
  kind: 'plain',
  permissionPrefix: 'sysMtaMilter',
  model: mtaMilterSchema,
  wire: wireObjectSchema(mtaMilterSchema),
  // Only the hostname has no default: the server fills in the rest.
  create: createSchema(mtaMilterSchema, ['hostname']),
  // A real server indexes no milter property: /query sorts by id only and takes no filter.
  indexes: { filters: [], sorts: ['id'] },
  screens: {
    noun: { singular: 'milter', plural: 'milters' },
    title: 'Milter filters',
    subtitle: 'Manage Milter filters',
    basePath: '/settings/mta/milters',
    columns: [
      { property: 'hostname', label: 'Hostname' },
      { property: 'port', label: 'Port' },
      { property: 'stages', label: 'Stages' },
      { property: 'enable', label: 'Enabled' },
      { property: 'useTls', label: 'TLS' },
    ],
    menu: ['Settings', 'MTA', 'Filters', 'Milters'],
  },
});

export type MtaMilter = z.infer<typeof mtaMilter.wire>;
export type MtaMilterCreate = z.infer<typeof mtaMilter.create>;
