// Where the spam rule screens live (the app's route table points here).

export const RULE_LIST_PATH = '/settings/spam/rules';
export const NEW_RULE_PATH = '/settings/spam/rules/new';

/** A rule's page as a route path (the id may hold any character). */
export function rulePath(id: string): string {
  return `${RULE_LIST_PATH}/${encodeURIComponent(id)}`;
}

/** A rule's page as typed link options. */
export function ruleLink(id: string) {
  return { to: '/settings/spam/rules/$id', params: { id } } as const;
}
