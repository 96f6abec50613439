// x:SpamTag (Settings › Spam Filter › Scores): the score, or the discard/reject decision, each spam
// tag carries; the spam filter reads these when it adds up a message's tags. Labels, bounds and
// defaults as in the server's schema (SpamTagScore, SpamTagAction).
import { z } from 'zod';
import { defineObject } from '../schema/define-object';
import { field } from '../schema/field-builders';
import type { StringRewrite } from '../schema/stored-form';
import { variantCreateSchema, wireVariantsSchema } from '../schema/wire-schema';

/** The server stores a tag name without spaces and upper-cased. */
const TAG_NAME_REWRITES: readonly StringRewrite[] = ['removeSpaces', 'uppercase'];

const tag = () =>
  field.string({ label: 'Tag name', section: 'Tag', description: 'The spam tag name', rewrites: TAG_NAME_REWRITES });

const scoreModel = z.object({
  tag: tag(),
  score: field.float({ label: 'Score', section: 'Tag', default: 0, description: 'The score for the tag' }, { min: -999999, max: 999999 }),
});
const actionModel = z.object({ tag: tag() });

const variants = [
  { type: 'Score', label: 'Assign Score', model: scoreModel, required: ['tag'] },
  { type: 'Discard', label: 'Discard', model: actionModel, required: ['tag'] },
  { type: 'Reject', label: 'Reject', model: actionModel, required: ['tag'] },
] as const;

export type SpamTagType = (typeof variants)[number]['type'];

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
