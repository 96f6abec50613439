// Orders classification tags by name or by score (ties by name, so the order is stable).
import type { SpamClassifyTag } from '../../catalog/action';

export type TagSortKey = 'name' | 'score';

export function sortTags(
  tags: Record<string, SpamClassifyTag>,
  key: TagSortKey,
  direction: 'ascending' | 'descending',
): Array<[string, SpamClassifyTag]> {
  const sign = direction === 'ascending' ? 1 : -1;
  return Object.entries(tags).sort(([an, a], [bn, b]) => {
    const byName = an < bn ? -1 : an > bn ? 1 : 0;
    if (key === 'name') return sign * byName;
    return sign * (a.score - b.score) || byName;
  });
}
