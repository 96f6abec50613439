// x:QueuedMessage: a message in the outbound queue. Mostly server-set; recipients are edited
// through dedicated queue actions rather than a generic form.
import { z } from 'zod';
import { field } from './field-builders';
import { messageFlagOptions } from './enum-options';

const serverSet = 'serverSet' as const;

export const queuedMessageSchema = z.object({
  returnPath: field.string({ label: 'Sender', section: 'Sender', update: serverSet, description: 'Envelope sender (MAIL FROM); <> for a bounce' }, { allowEmpty: true }),
  recipients: field.object({ label: 'Recipients', section: 'Sender', description: 'Envelope recipients and their delivery status' }, 'map'),
  size: field.size({ label: 'Size', section: 'Sender', update: serverSet, description: 'Size of the message in bytes' }),
  nextRetry: field.utcDateTime(
    { label: 'Next Retry', section: 'Delivery', description: 'Setting it reschedules every recipient that has not failed permanently' },
    { nullable: true },
  ),
  nextNotify: field.utcDateTime({ label: 'Next Notification', section: 'Delivery', update: serverSet }, { nullable: true }),
  priority: field.integer({ label: 'Priority', section: 'Details', default: 0, description: 'Lower values are delivered first' }, { min: -100, max: 100 }),
  envId: field.string({ label: 'Envelope ID', section: 'Details', description: 'SMTP ENVID parameter for delivery status notifications' }, { nullable: true, allowEmpty: true }),
  flags: field.enumSet({ label: 'Flags', section: 'Details', update: serverSet }, messageFlagOptions),
  receivedFromIp: field.string({ label: 'Received From IP', section: 'Origin', update: serverSet }, { allowEmpty: true }),
  receivedViaPort: field.unsignedInteger({ label: 'Received Via Port', section: 'Origin', update: serverSet }, { min: 1, max: 65535 }),
  createdAt: field.utcDateTime({ label: 'Received At', section: 'Origin', update: serverSet }),
  blobId: field.string({ label: 'Contents', section: 'Origin', update: serverSet }, { allowEmpty: true }),
});

/** The moment the official WebUI sends to mean "retry now". */
export const RETRY_NOW = '2000-01-01T00:00:00Z';
