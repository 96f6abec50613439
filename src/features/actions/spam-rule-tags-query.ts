// Which spam rule produces which tag, from every rule's condition (all rules, read within the
// server's limits by the object layer).
import type { JmapClient } from '../../jmap/client';
import { listQueries } from '../../objects/object-queries';
import { buildTagRuleMap } from './tag-rule-map';

type RuleCondition = Parameters<typeof buildTagRuleMap>[0][number];

export function spamRuleTagsQuery(client: JmapClient, accountId: string) {
  return { ...listQueries({ name: 'x:SpamRule' }).all<RuleCondition>({ client, accountId }, ['name', 'condition']), select: buildTagRuleMap };
}
