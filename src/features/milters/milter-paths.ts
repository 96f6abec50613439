// Where the milter screens live (the app's route table points here).
import { buildPath } from '../../router/match-route';

export const MILTER_LIST_PATH = '/settings/mta/milters';
export const NEW_MILTER_PATH = '/settings/mta/milters/new';

export function milterPath(id: string): string {
  return buildPath('/settings/mta/milters/:id', { id });
}

/** How a milter is named to people: several may share a host, so the port is part of it. */
export function milterLabel(milter: { hostname: string; port: number }): string {
  return `${milter.hostname}:${milter.port}`;
}
