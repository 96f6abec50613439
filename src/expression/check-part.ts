// Live check of one expression cell: parse errors plus the context checks, each marked as an
// error (the server refuses it) or a warning (only the console objects to it).
import type { ExpressionError } from './ast';
import { checkExpression } from './checker';
import { isExpressionContextName } from './contexts';
import { parseExpression } from './parser';

export type ExpressionPart = 'if' | 'then' | 'else';

export interface Diagnostic extends ExpressionError {
  severity: 'error' | 'warning';
}

/**
 * Problems in one cell's source. Empty source gives none: "required" is the form's message.
 * Without a known context only the syntax can be checked, so names are not judged.
 */
export function checkPart(source: string, contextName: string, part: ExpressionPart): Diagnostic[] {
  if (source.trim() === '') return [];
  const errors = isExpressionContextName(contextName)
    ? // Only a row's `then` sees the groups captured by the matches() in its `if`.
      checkExpression(source, contextName, { allowCaptures: part === 'then' })
    : parseOnly(source);
  return errors.map((error) => ({ ...error, severity: error.consoleOnly ? 'warning' : 'error' }));
}

function parseOnly(source: string): ExpressionError[] {
  const parsed = parseExpression(source);
  return parsed.ok ? [] : parsed.errors;
}

/** The source with a diagnostic's suggestion put in place of the text it points at. */
export function applySuggestion(source: string, diagnostic: Pick<ExpressionError, 'start' | 'end' | 'suggestion'>): string {
  if (diagnostic.suggestion === undefined) return source;
  return source.slice(0, diagnostic.start) + diagnostic.suggestion + source.slice(diagnostic.end);
}
