// What the write contracts create: every name carries this run's unique prefix, every created id
// is recorded, and only recorded ids are ever destroyed.
import { ok } from './client';

export const RUN_PREFIX = `pmc${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;

const created = new Map<string, Set<string>>();

export function remember(objectName: string, id: string): void {
  if (!created.has(objectName)) created.set(objectName, new Set());
  created.get(objectName)!.add(id);
}

export function forget(objectName: string, id: string): void {
  created.get(objectName)?.delete(id);
}

/** Destroys what this run created and still exists; returns ids that could not be removed. */
export async function removeCreated(): Promise<string[]> {
  const left: string[] = [];
  for (const [objectName, ids] of created) {
    if (ids.size === 0) continue;
    const result = await ok(`${objectName}/set`, { destroy: [...ids] });
    for (const id of ids) if (!(result.destroyed as string[]).includes(id) && result.notDestroyed?.[id]?.type !== 'notFound') left.push(`${objectName} ${id}`);
    ids.clear();
  }
  return left;
}
