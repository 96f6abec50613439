// DOM ids for one field, derived from the form's id so two forms on a page never collide.

export interface FieldIds {
  input: string;
  label: string;
  help: string;
  error: string;
  warning: string;
}

export function fieldIds(formId: string, name: string): FieldIds {
  const input = `${formId}-${name}`;
  return { input, label: `${input}-label`, help: `${input}-help`, error: `${input}-error`, warning: `${input}-warning` };
}

/** Space-separated ids for aria-describedby, or undefined when there are none. */
export function joinIds(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
