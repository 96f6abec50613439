// Reads what x:Action/set answered for a diagnostic variant through the variant's result schema.
// An answer of another shape gives one sentence naming the method, the variant and the property.
import type { z } from 'zod';
import { actionVariant, type ActionResult, type DiagnosticActionType } from './action';

export type ActionAnswer<K extends DiagnosticActionType> = { ok: true; result: ActionResult<K> } | { ok: false; message: string };

function issueWords(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `property “${path}”: ${issue.message}`;
}

export function readActionAnswer<K extends DiagnosticActionType>(type: K, created: unknown): ActionAnswer<K> {
  const schema = actionVariant(type).result!;
  const parsed = schema.safeParse(created);
  if (parsed.success) return { ok: true, result: parsed.data as ActionResult<K> };
  const issues = parsed.error.issues.slice(0, 3).map(issueWords).join('; ');
  return { ok: false, message: `x:Action/set answered a ${type} result this console cannot read (${issues}).` };
}
