// Where the spam rule screens live (the app's route table points here).
import { buildPath } from '../../router/match-route';

export const RULE_LIST_PATH = '/settings/spam/rules';
export const NEW_RULE_PATH = '/settings/spam/rules/new';

export function rulePath(id: string): string {
  return buildPath('/settings/spam/rules/:id', { id });
}
