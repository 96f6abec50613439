import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseZone } from './zone-parser';
import type { ZoneRecord } from './zone-record';
import { createZoneResolver } from './zone-resolver';
import type { DnsResolver } from './dns-resolver';

/** Reads and parses several master files; records of all of them are returned together. */
export async function loadZoneFiles(paths: readonly string[], origin?: string): Promise<ZoneRecord[]> {
  const parsed = await Promise.all(
    paths.map(async (path) => parseZone(await readFile(path, 'utf8'), { origin, fileName: basename(path) })),
  );
  return parsed.flat();
}

/** A resolver over the merged contents of the given zone files. */
export async function createZoneFileResolver(paths: readonly string[]): Promise<DnsResolver> {
  return createZoneResolver(await loadZoneFiles(paths));
}
