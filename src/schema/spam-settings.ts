// x:SpamSettings: the singleton behind Settings › Spam Filter › General.
import { z } from 'zod';
import { field } from './field-builders';

const thresholds = 'Spam Filter Settings';

export const spamSettingsSchema = z.object({
  scoreSpam: field.float(
    { label: 'Spam threshold', section: thresholds, default: 5, widget: 'threshold', description: 'Mark as spam messages with a score above this threshold' },
    { min: -100, max: 100 },
  ),
  scoreDiscard: field.float(
    { label: 'Discard threshold', section: thresholds, default: 0, widget: 'threshold', description: 'Discard messages with a score above this threshold (0 turns it off)' },
    { min: -100, max: 100 },
  ),
  scoreReject: field.float(
    { label: 'Reject threshold', section: thresholds, default: 0, widget: 'threshold', description: 'Reject messages with a score above this threshold (0 turns it off)' },
    { min: -100, max: 100 },
  ),
  enable: field.boolean({ label: 'Enable spam filtering', section: thresholds, default: true, description: 'Whether to enable the spam filter' }),
  trustContacts: field.boolean({
    label: 'Do not classify emails from contacts as spam',
    section: 'Spam Filter Overrides',
    default: true,
    description: "Never classify messages from addresses in the user's address book as spam",
  }),
  trustReplies: field.boolean({
    label: 'Do not classify trusted email replies as spam',
    section: 'Spam Filter Overrides',
    default: true,
    description: 'Never classify replies to messages sent by the recipient as spam',
  }),
  greylistFor: field.duration(
    { label: 'Duration', section: 'Greylisting', description: 'How long an IP address stays greylisted; not set turns greylisting off' },
    { nullable: true },
  ),
  spamFilterRulesUrl: field.uri(
    {
      label: 'Rules URL',
      section: 'External Rules',
      default: 'https://github.com/stalwartlabs/spam-filter/releases/latest/download/spam-filter-rules.json.gz',
      description: 'URL to download spam filter rules from',
    },
    { nullable: true },
  ),
});
export type SpamSettingsModel = z.infer<typeof spamSettingsSchema>;
