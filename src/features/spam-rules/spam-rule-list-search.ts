// The rule list's search params as the URL holds them (?q=&type=&enabled=&sort=&dir=&page=). The
// router validates the address with this schema, so it stays light: no rule schemas here.
// zod's mini build: the router checks these params on the first load, before the rest of zod loads.
import { z } from 'zod/mini';

export const RULE_SORTS = ['name', 'priority', 'type', 'enabled'] as const;
export type RuleSortProperty = (typeof RULE_SORTS)[number];

const optionalString = z.catch(z.optional(z.string()), undefined);

/** Unknown or malformed values read as missing, so the view falls back to the defaults. */
export const ruleListSearchSchema = z.object({
  q: optionalString,
  // `name` is what links to this list used before the search covered descriptions too.
  name: optionalString,
  // Checked against the rule types where the list reads it.
  type: optionalString,
  enabled: z.catch(z.optional(z.enum(['yes', 'no'])), undefined),
  sort: z.catch(z.optional(z.enum(RULE_SORTS)), undefined),
  dir: optionalString,
  page: optionalString,
});

export type RuleListSearch = z.output<typeof ruleListSearchSchema>;
