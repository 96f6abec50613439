// How a milter is named to people: several may share a host, so the port is part of it.
export function milterLabel(milter: { hostname: string; port: number }): string {
  return `${milter.hostname}:${milter.port}`;
}
