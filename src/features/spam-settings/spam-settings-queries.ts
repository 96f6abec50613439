// The x:SpamSettings singleton: the object layer's query.
import type { JmapClient } from '../../jmap/client';
import type { SpamSettings } from '../../catalog/spam-settings';
import type { Id } from '../../schema/wire-types';
import { objectQueries } from '../../objects/object-queries';
import type { Loaded } from '../../objects/save-object';

export const spamSettingsObject = { name: 'x:SpamSettings' } as const;
export const SINGLETON = 'singleton';
export type LoadedSettings = Loaded<SpamSettings>;

export const spamSettingsQuery = (client: JmapClient, accountId: Id) => objectQueries(spamSettingsObject).singleton({ client, accountId }, SINGLETON);
