// x:SpamRule reads: the object layer's queries, with the properties the list shows.
import type { JmapClient } from '../../jmap/client';
import type { SpamRule } from '../../catalog/spam-rule';
import type { Id } from '../../schema/wire-types';
import { listQueries } from '../../objects/object-queries';
import type { Loaded } from '../../objects/save-object';

export const spamRuleObject = { name: 'x:SpamRule' } as const;
const rules = listQueries(spamRuleObject);

const listProperties = ['name', '@type', 'priority', 'enable', 'description'] as const;
export type RuleRow = Pick<SpamRule, 'id' | 'name' | '@type' | 'priority' | 'enable'> & { description?: string | null };
export type LoadedRule = Loaded<SpamRule>;

/**
 * Every rule: a real server matches rule names only exactly and cannot sort by priority, so the
 * list searches, filters and sorts in the console (spam-rule-view.ts).
 */
export const ruleListQuery = (client: JmapClient, accountId: Id) => rules.all<RuleRow>({ client, accountId }, listProperties);
/** One rule, or null when it does not exist. */
export const ruleDetailQuery = (client: JmapClient, accountId: Id, id: Id) => rules.detail({ client, accountId }, id);
/** The id of the rule with exactly this Rule ID (the server's `name` filter is an exact match). */
export const findRuleByName = (client: JmapClient, accountId: Id, name: string) => rules.findId({ client, accountId }, { name });
