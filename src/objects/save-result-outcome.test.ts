import { describe, expect, it } from 'vitest';
import { describeJmapError } from '../jmap/describe-jmap-error';
import type { JmapError, SetError } from '../jmap/errors';
import type { SaveResult } from './save-object';
import { toCreateAnswer, toUpdateAnswer } from './save-result-outcome';
import { setErrorToFieldErrors } from './set-error-messages';

type Obj = { id: string; name: string };
const options = { fields: ['name'], singular: 'rule' };

describe('save results as form answers', () => {
  it('answers ok for a saved object, with the stored object for a create', () => {
    const saved: SaveResult<Obj> = { kind: 'saved', loaded: { object: { id: 'a', name: 'X' } } };
    expect(toUpdateAnswer(saved, options)).toEqual({ ok: true });
    expect(toCreateAnswer(saved, options)).toEqual({ ok: true, stored: { id: 'a', name: 'X' } });
  });

  it('spreads a refusal over the fields it names', () => {
    const error: SetError = { type: 'invalidProperties', properties: ['name'], description: 'Bad name' };
    const outcome = toUpdateAnswer<Obj>({ kind: 'rejected', error }, options);
    expect(outcome).toEqual({ ok: false, ...setErrorToFieldErrors(error, options) });
    expect(outcome).toMatchObject({ fieldErrors: { name: 'Bad name' } });
  });

  it('describes a failed request', () => {
    const error: JmapError = { kind: 'invalidResponse', message: 'Broken' };
    expect(toCreateAnswer<Obj>({ kind: 'failed', error }, options)).toEqual({ ok: false, formError: describeJmapError(error) });
  });

  it('hands a conflict to the edit form with the server copy, and reports it as refused on a create', () => {
    const server = { object: { id: 'a', name: 'theirs' } };
    expect(toUpdateAnswer<Obj>({ kind: 'conflict', server, changed: ['name'] }, options)).toEqual({ ok: false, changedOnServer: true, server });
    expect(toUpdateAnswer<Obj>({ kind: 'conflict', server: null, changed: [] }, options)).toEqual({ ok: false, changedOnServer: true, server: null });
    expect(toCreateAnswer<Obj>({ kind: 'conflict', server, changed: ['name'] }, options)).toEqual({ ok: false, formError: 'The server refused the change.' });
  });
});
