// x:SpamTag: the score (or the discard/reject decision) each spam tag carries; the spam filter
// reads these when it adds up a message's tags.
import type { z } from 'zod';
import { defineObject } from '../schema/define-object';
import { spamTagVariants } from '../schema/spam-tag';
import { variantCreateSchema, wireVariantsSchema } from '../schema/wire-schema';

export type { SpamTagType } from '../schema/spam-tag';

const variants = spamTagVariants.map((v) => ({ ...v, required: ['tag'] as const }));

export const spamTag = defineObject({
  name: 'x:SpamTag',
  kind: 'multiVariant',
  permissionPrefix: 'sysSpamTag',
  variants,
  wire: wireVariantsSchema(variants),
  create: variantCreateSchema(variants),
  // The server indexes `tag` (unique keyword): an exact filter and a sort; `score` is not indexed.
  indexes: { filters: ['tag'], sorts: ['id', 'tag'] },
  uniqueKey: 'tag',
  screens: {
    noun: { singular: 'tag', plural: 'tags' },
    title: 'Spam Scores',
    subtitle: 'Manage scores assigned to spam tags',
    labelProperty: 'tag',
    basePath: '/settings/spam/scores',
    columns: [
      { property: 'tag', label: 'Tag name' },
      { property: 'score', label: 'Score or action' },
    ],
    menu: ['Settings', 'Spam Filter', 'Scores'],
  },
});

export type SpamTag = z.infer<typeof spamTag.wire>;
export type SpamTagCreate = z.infer<typeof spamTag.create>;
