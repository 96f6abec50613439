// x:SpamRule: seven variants sharing one shape, each checking its condition in its own context.
import type { z } from 'zod';
import { defineObject } from '../schema/define-object';
import { spamRuleSchemas, spamRuleVariants } from '../schema/spam-rule';
import { variantCreateSchema, wireVariantsSchema } from '../schema/wire-schema';

export type { SpamRuleType } from '../schema/spam-rule';

// A create names the rule and gives its condition; the rest has defaults.
const required = ['name', 'condition'] as const;
const variants = spamRuleVariants.map((v) => ({ type: v.type, label: v.label, model: spamRuleSchemas[v.type], required }));

export const spamRule = defineObject({
  name: 'x:SpamRule',
  kind: 'multiVariant',
  permissionPrefix: 'sysSpamRule',
  variants,
  wire: wireVariantsSchema(variants),
  create: variantCreateSchema(variants),
  // The server indexes `name` (unique keyword): an exact filter and a sort; priority and enable
  // are not indexed, so sorting by them is unsupportedSort.
  indexes: { filters: ['name'], sorts: ['id', 'name'] },
  uniqueKey: 'name',
  screens: {
    noun: { singular: 'rule', plural: 'rules' },
    basePath: '/settings/spam/rules',
    columns: [
      { property: 'name', label: 'Rule ID' },
      { property: 'description', label: 'Description' },
      { property: '@type', label: 'Type' },
      { property: 'priority', label: 'Priority' },
      { property: 'enable', label: 'Enabled' },
    ],
    menu: ['Settings', 'Spam Filter', 'Rules'],
  },
});

export type SpamRule = z.infer<typeof spamRule.wire>;
export type SpamRuleCreate = z.infer<typeof spamRule.create>;
