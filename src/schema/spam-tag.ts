// x:SpamTag: what a spam tag does to a message: add a score, or decide it (discard, reject).
// Labels, bounds and defaults as in the server's schema (SpamTagScore, SpamTagAction).
import { z } from 'zod';
import { field } from './field-builders';
import type { StringRewrite } from './stored-form';

/** The server stores a tag name without spaces and upper-cased. */
export const TAG_NAME_REWRITES: readonly StringRewrite[] = ['removeSpaces', 'uppercase'];

const tag = () =>
  field.string({ label: 'Tag name', section: 'Tag', description: 'The spam tag name', rewrites: TAG_NAME_REWRITES });

export const spamTagScoreSchema = z.object({
  tag: tag(),
  score: field.float({ label: 'Score', section: 'Tag', default: 0, description: 'The score for the tag' }, { min: -999999, max: 999999 }),
});

export const spamTagActionSchema = z.object({ tag: tag() });

export const spamTagVariants = [
  { type: 'Score', label: 'Assign Score', model: spamTagScoreSchema },
  { type: 'Discard', label: 'Discard', model: spamTagActionSchema },
  { type: 'Reject', label: 'Reject', model: spamTagActionSchema },
] as const;

export type SpamTagType = (typeof spamTagVariants)[number]['type'];
