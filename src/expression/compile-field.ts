// Server-side compile check for Expression fields, used by the sandbox on every /set.
import { checkExpression } from './checker';
import type { ExpressionContextName } from './contexts';
import { isFieldProblem, readExpressionField, type FieldProblem } from './expression-field';

/**
 * What the sandbox server answers for an Expression field on /set: null when it compiles, else
 * the first problem in the server's words. Checks only the console makes do not refuse.
 */
export function compileExpressionField(
  wire: unknown,
  context: ExpressionContextName | readonly ExpressionContextName[] | string,
): FieldProblem | null {
  const field = readExpressionField(wire);
  if (isFieldProblem(field)) return field;
  const parts: Array<[string, string, boolean]> = field.match.flatMap((row, i): Array<[string, string, boolean]> => [
    [`match/${i}/if`, row.if, false],
    [`match/${i}/then`, row.then, true],
  ]);
  parts.push(['else', field.else, false]);
  for (const [path, source, allowCaptures] of parts) {
    const error = checkExpression(source, context, { allowCaptures }).find((e) => !e.consoleOnly);
    if (error) return { message: error.serverMessage ?? error.message, path };
  }
  return null;
}
