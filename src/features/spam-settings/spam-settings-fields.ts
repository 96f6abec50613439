// The Spam Filter form's field descriptors, and what setErrorToFieldErrors needs to word server errors.
import { describeFields } from '../../schema/describe-fields';
import { spamSettingsSchema } from '../../schema/spam-settings';
import type { SetErrorMessageOptions } from '../../jmap/errors';

export const settingsFields = describeFields(spamSettingsSchema);

export const settingsErrorOptions: SetErrorMessageOptions = {
  kinds: Object.fromEntries(settingsFields.map((f) => [f.name, f.kind])),
  fields: settingsFields.map((f) => f.name),
};
