// zod issues -> messages per top-level field and per full path ("condition/match/0/if"), the same
// two shapes the server's SetError mapping produces, so both land on the form the same way.

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export interface FormErrors {
  /** First message per top-level field. */
  fieldErrors: Record<string, string>;
  /** First message per full path, slash-joined; includes top-level paths. */
  pathErrors: Record<string, string>;
  /** Issues about the whole object (no path). */
  formError?: string;
}

export function issuesToErrors(issues: readonly IssueLike[]): FormErrors {
  const result: FormErrors = { fieldErrors: {}, pathErrors: {} };
  for (const issue of issues) {
    if (issue.path.length === 0) {
      result.formError ??= issue.message;
      continue;
    }
    const segments = issue.path.map((segment) => String(segment));
    result.fieldErrors[segments[0]] ??= issue.message;
    result.pathErrors[segments.join('/')] ??= issue.message;
  }
  return result;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.formError !== undefined || Object.keys(errors.fieldErrors).length > 0;
}

/** Path errors inside one field, keyed relative to it: "condition/match/0/if" -> "match/0/if". */
export function pathErrorsWithin(pathErrors: Readonly<Record<string, string>>, field: string): Record<string, string> {
  const prefix = `${field}/`;
  const inner: Record<string, string> = {};
  for (const [path, message] of Object.entries(pathErrors)) {
    if (path.startsWith(prefix)) inner[path.slice(prefix.length)] = message;
  }
  return inner;
}
