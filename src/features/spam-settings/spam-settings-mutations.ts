// Saving the spam filter settings; on success the type prefix is stale (the saved values are stored
// first, under the singleton's id, which the caller passes as the update's id).
import { useUpdateObject } from '../../jmap-query/use-update-object';
import { SPAM_SETTINGS } from './spam-settings-queries';

export function useUpdateSpamSettings() {
  return useUpdateObject(SPAM_SETTINGS, { plural: 'settings' });
}
