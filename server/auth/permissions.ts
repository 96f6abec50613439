// Permission sets of the demo roles, derived from the object catalog (names as in the spec §6).
import { allCatalogEntries } from '../objects/catalog-lookup';

export type Role = 'admin' | 'support' | 'viewer';

const CRUDQ = ['Get', 'Create', 'Update', 'Destroy', 'Query'] as const;

/** Reading a queued message's contents: Blob/get, and any blob no account owns. */
const BLOB_READING = ['jmapBlobGet', 'fetchAnyBlob'];

/** Every sys<Object><Op> and action<Variant> permission the sandbox knows, and the blob ones. */
export function allPermissions(): string[] {
  const out: string[] = [...BLOB_READING];
  for (const entry of allCatalogEntries()) {
    const ops = entry.kind === 'singleton' ? ['Get', 'Update'] : CRUDQ;
    for (const op of ops) out.push(`${entry.permissionPrefix}${op}`);
    if (entry.kind === 'createOnly') {
      for (const variant of Object.keys(entry.variants ?? {})) out.push(`action${variant}`);
    }
  }
  out.push(...BASE_PERMISSIONS);
  return out;
}

/** Permissions not tied to an object: the live delivery test (GET /api/token/delivery). */
const BASE_PERMISSIONS = ['liveDeliveryTest'];

const SUPPORT = [
  'liveDeliveryTest',
  'sysQueuedMessageGet',
  'sysQueuedMessageQuery',
  'sysQueuedMessageUpdate',
  'sysQueuedMessageDestroy',
  'actionTroubleshootDmarc',
  'actionClassifySpam',
  'actionPauseMtaQueue',
  'actionResumeMtaQueue',
  'sysActionCreate',
  'sysMtaMilterGet',
  'sysMtaMilterQuery',
  'sysSpamRuleGet',
  'sysSpamRuleQuery',
  'sysSpamTagGet',
  'sysSpamTagQuery',
  'sysSpamSettingsGet',
  ...BLOB_READING,
];

export function rolePermissions(role: Role): Set<string> {
  const all = allPermissions();
  switch (role) {
    case 'admin':
      return new Set(all);
    case 'support':
      return new Set(SUPPORT);
    case 'viewer':
      return new Set([...all.filter((p) => p.startsWith('sys') && (p.endsWith('Get') || p.endsWith('Query'))), ...BLOB_READING]);
  }
}

/** What GET /api/account reports: the server never advertises these (spec §6). */
export function advertisedPermissions(permissions: ReadonlySet<string>): string[] {
  return [...permissions].filter((p) => p !== 'sysQueuedMessageCreate').sort();
}
