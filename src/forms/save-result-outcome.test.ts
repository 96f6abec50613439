import { describe, expect, it } from 'vitest';
import { describeJmapError, type JmapError, type SetError } from '../jmap/errors';
import { setErrorToFieldErrors } from '../jmap/set-error-messages';
import type { SaveResult } from '../jmap/save-object';
import { saveResultToOutcome } from './save-result-outcome';

type Obj = { id: string; name: string };
const options = { fields: ['name'], singular: 'rule' };

describe('saveResultToOutcome', () => {
  it('answers ok for a saved object', () => {
    const saved: SaveResult<Obj> = { kind: 'saved', loaded: { object: { id: 'a', name: 'x' } } };
    expect(saveResultToOutcome(saved, options)).toEqual({ ok: true });
  });

  it('spreads a refusal over the fields it names', () => {
    const error: SetError = { type: 'invalidProperties', properties: ['name'], description: 'Bad name' };
    const outcome = saveResultToOutcome<Obj>({ kind: 'rejected', error }, options);
    expect(outcome).toEqual({ ok: false, ...setErrorToFieldErrors(error, options) });
  });

  it('describes a failed request', () => {
    const error: JmapError = { kind: 'invalidResponse', message: 'Broken' };
    expect(saveResultToOutcome<Obj>({ kind: 'failed', error }, options)).toEqual({ ok: false, formError: describeJmapError(error) });
  });

  it('reports a conflict as refused unless the form handles it', () => {
    const server = { object: { id: 'a', name: 'theirs' } };
    expect(saveResultToOutcome<Obj>({ kind: 'conflict', server, changed: ['name'] }, options)).toEqual({ ok: false, formError: 'The server refused the change.' });
    const handled = saveResultToOutcome<Obj>({ kind: 'conflict', server: null, changed: [] }, options, (s) => ({ ok: false, formError: s === null ? 'gone' : 'here' }));
    expect(handled).toEqual({ ok: false, formError: 'gone' });
  });
});
