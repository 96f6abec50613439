import { describe, expect, it } from 'vitest';
import { setErrorToFieldErrors } from './set-error-messages';

describe('setErrorToFieldErrors', () => {
  it('words validation errors per field', () => {
    const messages = setErrorToFieldErrors(
      {
        type: 'validationFailed',
        validationErrors: [
          { type: 'MaxValue', property: 'port', required: 65535 },
          { type: 'Required', property: 'hostname' },
          { type: 'MinLength', property: 'stages', required: 1 },
          { type: 'MaxLength', property: 'name', required: 64 },
          { type: 'Invalid', property: 'remoteIp', value: 'foo' },
          { type: 'MinValue', property: 'timeoutData', required: 60000 },
        ],
      },
      { kinds: { stages: 'set', name: 'string', remoteIp: 'ipAddress', timeoutData: 'duration' } },
    );
    expect(messages.fieldErrors).toEqual({
      port: 'Must be at most 65535',
      hostname: 'This field is required',
      stages: 'Choose at least 1',
      name: 'Enter at most 64 characters',
      remoteIp: 'Enter a valid IP address (the server refused “foo”)',
      timeoutData: 'Must be at least 1 min',
    });
    expect(messages.formError).toBeUndefined();
  });

  it('explains an invalid duration patch on its field', () => {
    expect(
      setErrorToFieldErrors({ type: 'invalidPatch', description: 'Invalid duration value', properties: ['timeoutData'] }),
    ).toEqual({
      fieldErrors: { timeoutData: 'Enter a duration greater than zero' },
      pathErrors: { timeoutData: 'Enter a duration greater than zero' },
    });
  });

  it('maps a read-only change and invalid properties', () => {
    expect(
      setErrorToFieldErrors({ type: 'invalidPatch', description: 'Cannot modify read-only property', properties: ['name'] })
        .fieldErrors,
    ).toEqual({ name: 'This field cannot be changed' });
    expect(
      setErrorToFieldErrors({
        type: 'invalidProperties',
        description: "Recipient 'x@y.z' does not exist",
        properties: ['recipients/x@y.z'],
      }).fieldErrors,
    ).toEqual({ recipients: "Recipient 'x@y.z' does not exist" });
  });

  it('names the clash of a unique name', () => {
    expect(
      setErrorToFieldErrors({ type: 'primaryKeyViolation', properties: ['name'], objectId: 'r7' }, { singular: 'rule' })
        .fieldErrors,
    ).toEqual({ name: 'Another rule already uses this name' });
  });

  it('puts an expression compile error on the expression field and keeps its path', () => {
    const messages = setErrorToFieldErrors({
      type: 'validationFailed',
      description: 'Variable "rcpt" not allowed in this context',
      properties: ['condition/match/0/if'],
    });
    expect(messages.fieldErrors).toEqual({ condition: 'Variable "rcpt" not allowed in this context' });
    expect(messages.pathErrors).toEqual({ 'condition/match/0/if': 'Variable "rcpt" not allowed in this context' });
  });

  it('keeps the first message per field and every path', () => {
    const messages = setErrorToFieldErrors({
      type: 'validationFailed',
      validationErrors: [
        { type: 'Required', property: 'condition/match/0/then' },
        { type: 'Required', property: 'condition/else' },
      ],
    });
    expect(messages.fieldErrors).toEqual({ condition: 'This field is required' });
    expect(Object.keys(messages.pathErrors)).toEqual(['condition/match/0/then', 'condition/else']);
  });

  it('moves errors on fields the form does not show into the form error', () => {
    const messages = setErrorToFieldErrors(
      { type: 'invalidProperties', description: 'Invalid singleton id', properties: ['id'] },
      { fields: ['scoreSpam'] },
    );
    expect(messages.fieldErrors).toEqual({});
    expect(messages.formError).toBe('id: Invalid singleton id');
  });

  it('gives a form error for errors without properties', () => {
    expect(setErrorToFieldErrors({ type: 'notFound' }).formError).toMatch(/no longer exists/);
    expect(setErrorToFieldErrors({ type: 'forbidden', description: 'Queued messages cannot be created' })).toEqual({
      fieldErrors: {},
      pathErrors: {},
      formError: 'Queued messages cannot be created',
    });
    expect(setErrorToFieldErrors({ type: 'validationFailed', description: 'Broken' }).formError).toBe('The server refused a value: Broken');
  });

  it('shows an expression compile error from validationErrors[].value on the expression field', () => {
    // Stalwart 0.16: validationFailed, properties [field], validationErrors [{Invalid, property, value: message}], no description.
    const messages = setErrorToFieldErrors(
      {
        type: 'validationFailed',
        properties: ['condition'],
        validationErrors: [{ type: 'Invalid', property: 'condition', value: "Missing 'else' block in 'if' expression" }],
      },
      { kinds: { condition: 'expression' } },
    );
    expect(messages.fieldErrors).toEqual({ condition: "The expression is not valid: Missing 'else' block in 'if' expression" });
    expect(messages.formError).toBeUndefined();
  });

  it('never answers an empty message', () => {
    for (const type of ['invalidPatch', 'invalidProperties', 'validationFailed', 'somethingNew']) {
      const messages = setErrorToFieldErrors({ type, description: '' });
      expect(messages.formError?.trim()).toBeTruthy();
    }
    const onField = setErrorToFieldErrors({ type: 'invalidPatch', description: ' ', properties: ['port'] });
    expect(onField.fieldErrors).toEqual({ port: 'Enter a valid value' });
    const invalid = setErrorToFieldErrors({ type: 'validationFailed', validationErrors: [{ type: 'Invalid', property: 'hostname', value: '' }] });
    expect(invalid.fieldErrors).toEqual({ hostname: 'Enter a valid value' });
  });

  it('puts invalidPatch paths on their fields, with the field labels in sentences', () => {
    const options = { fields: ['stages', 'name'], labels: { name: 'Rule ID', stages: 'Run on stages' }, singular: 'rule' };
    const patch = setErrorToFieldErrors({ type: 'invalidPatch', description: 'Invalid value for property.', properties: ['stages/bogus'] }, options);
    expect(patch.pathErrors).toEqual({ 'stages/bogus': 'Enter a valid value' });
    expect(patch.fieldErrors).toEqual({ stages: 'Enter a valid value' });
    const clash = setErrorToFieldErrors({ type: 'primaryKeyViolation', properties: ['name'], objectId: 'r1' }, options);
    expect(clash.fieldErrors).toEqual({ name: 'Another rule already uses this Rule ID' });
    const stray = setErrorToFieldErrors({ type: 'invalidPatch', description: 'Invalid IP address', properties: ['remoteIp'] }, options);
    expect(stray.formError).toBe('remote ip: Invalid IP address');
  });
});
