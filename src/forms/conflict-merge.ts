// The conflict dialog's choices: per field changed by someone else, keep theirs or yours.
type Model = Record<string, unknown>;

export type ConflictSide = 'theirs' | 'yours';

/**
 * What each row starts at: yours where you edited the field too (that is what you meant to save),
 * theirs where only they changed it (you never touched it).
 */
export function initialChoices(changedFields: readonly string[], editedFields: readonly string[]): Record<string, ConflictSide> {
  return Object.fromEntries(changedFields.map((name) => [name, editedFields.includes(name) ? 'yours' : 'theirs']));
}

/** Everything as in `mine`, except the changed fields where theirs was chosen. */
export function mergeChoices(mine: Model, theirs: Model, choices: Readonly<Record<string, ConflictSide>>): Model {
  const merged = { ...mine };
  for (const [name, side] of Object.entries(choices)) if (side === 'theirs') merged[name] = theirs[name];
  return merged;
}

/** The same side for every row (the dialog's "Keep theirs" and "Keep yours"). */
export function allOneSide(changedFields: readonly string[], side: ConflictSide): Record<string, ConflictSide> {
  return Object.fromEntries(changedFields.map((name) => [name, side]));
}
