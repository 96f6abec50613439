import { describe, expect, it } from 'vitest';
import { allOneSide, initialChoices, mergeChoices } from './conflict-merge';

describe('conflict choices', () => {
  it('start at yours where both changed the field, theirs where only they did', () => {
    expect(initialChoices(['port', 'hostname'], ['port', 'useTls'])).toEqual({ port: 'yours', hostname: 'theirs' });
  });

  it('merge: my values, with theirs for the fields where theirs was chosen', () => {
    const mine = { port: 3200, hostname: 'a', useTls: true };
    const theirs = { port: 3100, hostname: 'b', useTls: false };
    expect(mergeChoices(mine, theirs, { port: 'yours', hostname: 'theirs' })).toEqual({ port: 3200, hostname: 'b', useTls: true });
    expect(mergeChoices(mine, theirs, allOneSide(['port', 'hostname'], 'theirs'))).toEqual({ port: 3100, hostname: 'b', useTls: true });
    expect(mergeChoices(mine, theirs, allOneSide(['port', 'hostname'], 'yours'))).toEqual(mine);
  });
});
