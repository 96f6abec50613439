// The Spam Filter form's field descriptors, and what setErrorToFieldErrors needs to word server errors.
import { errorOptionsFor } from '../../objects/error-options';
import { describeFields } from '../../schema/describe-fields';
import { spamSettingsSchema } from '../../schema/spam-settings';

export const settingsFields = describeFields(spamSettingsSchema);

export const settingsErrorOptions = errorOptionsFor(settingsFields);
