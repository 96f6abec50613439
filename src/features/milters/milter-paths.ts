// Where the milter screens live (the app's route table points here).

export const MILTER_LIST_PATH = '/settings/mta/milters';
export const NEW_MILTER_PATH = '/settings/mta/milters/new';

/** A milter's page as a route path (the id may hold any character). */
export function milterPath(id: string): string {
  return `${MILTER_LIST_PATH}/${encodeURIComponent(id)}`;
}

/** A milter's page as typed link options. */
export function milterLink(id: string) {
  return { to: '/settings/mta/milters/$id', params: { id } } as const;
}

/** How a milter is named to people: several may share a host, so the port is part of it. */
export function milterLabel(milter: { hostname: string; port: number }): string {
  return `${milter.hostname}:${milter.port}`;
}
