// Compiles every expression field of an object against its variable context, as the server
// does on each /set; the first failure refuses the object.
import type { FieldDescriptor } from '../../src/schema/field-descriptor';
import { compileExpressionField } from '../../src/expression/compile-field';
import type { JsonObject, SetError } from '../jmap/method-types';
import { setError } from './set-errors';

export function checkExpressions(fields: readonly FieldDescriptor[], object: JsonObject): SetError | null {
  for (const field of fields) {
    if (field.kind !== 'expression' || !field.expressionContext) continue;
    const value = object[field.name];
    if (value === null || value === undefined) continue;
    const failure = compileExpressionField(value, field.expressionContext);
    if (failure) {
      const where = failure.path ? ` (at ${field.name}/${failure.path})` : '';
      return setError('validationFailed', `${failure.message}${where}`, { properties: [field.name] });
    }
  }
  return null;
}
