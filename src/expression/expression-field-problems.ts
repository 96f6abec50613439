// Validation of a whole Expression model for the form engine: every part must parse and pass
// the context checks before saving; console-only findings come back as warnings.
import { checkPart, type ExpressionPart } from './check-part';

export interface ExpressionModelLike {
  match: ReadonlyArray<{ if: string; then: string }>;
  else: string;
}

export interface ExpressionFieldProblem {
  /** Path inside the field, as the form engine keys path errors: "match/0/if", "match/0/then", "else". */
  path: string;
  message: string;
  /** Errors block saving (the server would refuse); warnings only inform. */
  severity: 'error' | 'warning';
}

const REQUIRED: Record<ExpressionPart, string> = {
  if: 'Enter a condition',
  then: 'Enter a result',
  else: 'The else value is required',
};

export function expressionFieldProblems(model: ExpressionModelLike, contextName: string): ExpressionFieldProblem[] {
  const parts: Array<[string, string, ExpressionPart]> = model.match.flatMap((row, i): Array<[string, string, ExpressionPart]> => [
    [`match/${i}/if`, row.if, 'if'],
    [`match/${i}/then`, row.then, 'then'],
  ]);
  parts.push(['else', model.else, 'else']);
  const problems: ExpressionFieldProblem[] = [];
  for (const [path, source, part] of parts) {
    if (source.trim() === '') {
      problems.push({ path, message: REQUIRED[part], severity: 'error' });
      continue;
    }
    for (const diagnostic of checkPart(source, contextName, part)) {
      problems.push({ path, message: diagnostic.message, severity: diagnostic.severity });
    }
  }
  return problems;
}

/** The first blocking message per path, the shape of the form engine's path errors. */
export function expressionFieldErrors(model: ExpressionModelLike, contextName: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of expressionFieldProblems(model, contextName)) {
    if (problem.severity === 'error') errors[problem.path] ??= problem.message;
  }
  return errors;
}
