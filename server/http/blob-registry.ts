// Pluggable blob sources for GET /jmap/download (the queue module registers raw messages).
import type { BlobContent, BlobLookup } from '../jmap/method-types';

const lookups: BlobLookup[] = [];

export function registerBlobLookup(lookup: BlobLookup): void {
  lookups.push(lookup);
}

export async function findBlob(blobId: string, ctx: Parameters<BlobLookup>[1]): Promise<BlobContent | null> {
  for (const lookup of lookups) {
    const found = await lookup(blobId, ctx);
    if (found) return found;
  }
  return null;
}
