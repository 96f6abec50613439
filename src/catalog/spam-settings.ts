// x:SpamSettings: the singleton holding the spam filter's thresholds and overrides.
import type { z } from 'zod';
import { defineObject } from '../schema/define-object';
import { spamSettingsSchema } from '../schema/spam-settings';
import { wireObjectSchema } from '../schema/wire-schema';

export const spamSettings = defineObject({
  name: 'x:SpamSettings',
  kind: 'singleton',
  permissionPrefix: 'sysSpamSettings',
  model: spamSettingsSchema,
  wire: wireObjectSchema(spamSettingsSchema),
  indexes: { filters: [], sorts: [] },
  screens: {
    noun: { singular: 'spam filter settings', plural: 'spam filter settings' },
    basePath: '/settings/spam/general',
    columns: [],
    menu: ['Settings', 'Spam Filter', 'General'],
  },
});

export type SpamSettings = z.infer<typeof spamSettings.wire>;
