// x:SpamRule: seven variants sharing one shape; each checks its condition in its own variable context.
import { z } from 'zod';
import { field } from './field-builders';
import { RULE_NAME_REWRITES } from './stored-form';

export const spamRuleVariants = [
  { type: 'Any', label: 'Any', context: 'SpamGenericVariable', hint: 'Evaluated once per message' },
  { type: 'Url', label: 'URL', context: 'SpamUrlVariable', hint: 'Evaluated once per URL in the message' },
  { type: 'Domain', label: 'Domain', context: 'SpamGenericVariable', hint: 'Evaluated once per domain in the message' },
  { type: 'Email', label: 'E-mail', context: 'SpamEmailVariable', hint: 'Evaluated once per e-mail address in the message' },
  { type: 'Ip', label: 'IP', context: 'SpamIpVariable', hint: 'Evaluated once per IP address in the message' },
  { type: 'Header', label: 'Header', context: 'SpamHeaderVariable', hint: 'Evaluated once per header' },
  { type: 'Body', label: 'Body', context: 'SpamGenericVariable', hint: 'Evaluated once on the message body' },
] as const;

export type SpamRuleType = (typeof spamRuleVariants)[number]['type'];

const configuration = 'Rule Configuration';

function spamRuleSchema(context: string) {
  return z.object({
    condition: field.expression({
      label: 'Rule',
      section: 'Rule',
      context,
      description: 'Expression that returns the tag to assign to the message, or false',
    }),
    name: field.string(
      {
        label: 'Rule ID',
        section: configuration,
        update: 'immutable',
        description: 'Short name for the rule; it cannot be changed later',
        rewrites: RULE_NAME_REWRITES,
      },
      { maxLength: 255 },
    ),
    description: field.string({ label: 'Description', section: configuration, description: 'Description for the rule' }, { nullable: true, allowEmpty: true }),
    enable: field.boolean({ label: 'Enable rule', section: configuration, default: true, description: 'Whether to enable this rule' }),
    priority: field.integer(
      { label: 'Priority', section: configuration, default: 500, description: 'Rules run in ascending priority order' },
      { min: -99999, max: 99999 },
    ),
  });
}

export const spamRuleSchemas = Object.fromEntries(
  spamRuleVariants.map((v) => [v.type, spamRuleSchema(v.context)]),
) as Record<SpamRuleType, ReturnType<typeof spamRuleSchema>>;

export type SpamRuleModel = z.infer<ReturnType<typeof spamRuleSchema>>;
