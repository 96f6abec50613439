// Compiles every expression field of an object against its variable context, as the server
// does on each /set (jmap/src/registry/set.rs "Validate expressions"); the first failure refuses
// the object with validationFailed, the compiler's message in validationErrors[0].value and no
// description (common/src/expr/if_block.rs, jmap/src/registry/mapping/mod.rs map_bootstrap_error).
import type { FieldDescriptor } from '../../src/schema/field-descriptor';
import { compileExpressionField } from '../../src/expression/compile-field';
import type { JsonObject, SetError } from '../jmap/method-types';

const isPlainObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The compiler's words for a problem at a path inside the expression ("else", "match/0/if"). */
function compilerMessage(path: string, message: string): string {
  const row = /^match\/(\d+)\/(if|then)$/.exec(path);
  if (row) return `Error parsing '${row[2]}' expression in condition #${Number(row[1]) + 1}: ${message}`;
  return `Error parsing 'else' expression: ${message}`;
}

function compileProblem(value: JsonObject, context: string): string | null {
  const rows = isPlainObject(value.match) ? Object.values(value.match) : [];
  const hasElse = typeof value.else === 'string';
  if (!hasElse && rows.length === 0) return null; // an empty expression compiles to nothing
  if (!hasElse) return "Missing 'else' block in 'if' expression";
  if (rows.some((r) => !isPlainObject(r) || typeof r.if !== 'string' || typeof r.then !== 'string')) return "All 'if' and 'then' blocks must be non-empty";
  const failure = compileExpressionField(value, context);
  return failure ? compilerMessage(failure.path, failure.message) : null;
}

export function checkExpressions(fields: readonly FieldDescriptor[], object: JsonObject): SetError | null {
  for (const field of fields) {
    if (field.kind !== 'expression' || !field.expressionContext) continue;
    const value = object[field.name];
    if (!isPlainObject(value)) continue;
    const problem = compileProblem(value, field.expressionContext);
    if (problem) {
      return { type: 'validationFailed', properties: [field.name], validationErrors: [{ type: 'Invalid', property: field.name, value: problem }] };
    }
  }
  return null;
}
