// The registry: every `x:` object the console manages, one line each. Adding an object is one
// definition file and one line here.
import { action } from './action';
import { application } from './application';
import { mtaMilter } from './mta-milter';
import { queuedMessage } from './queued-message';
import { spamRule } from './spam-rule';
import { spamSettings } from './spam-settings';
import { spamTag } from './spam-tag';

export const catalog = {
  'x:MtaMilter': mtaMilter,
  'x:SpamRule': spamRule,
  'x:SpamSettings': spamSettings,
  'x:SpamTag': spamTag,
  'x:QueuedMessage': queuedMessage,
  'x:Application': application,
  'x:Action': action,
};

export type Catalog = typeof catalog;
export type ObjectName = keyof Catalog;

export function isObjectName(name: string): name is ObjectName {
  return Object.prototype.hasOwnProperty.call(catalog, name);
}
