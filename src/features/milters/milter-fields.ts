// The milter form's field descriptors, and what setErrorToFieldErrors needs to word server errors.
import { describeFields } from '../../schema/describe-fields';
import { mtaMilterSchema } from '../../schema/mta-milter';
import type { SetErrorMessageOptions } from '../../jmap/errors';

export const milterFields = describeFields(mtaMilterSchema);

export const milterErrorOptions: SetErrorMessageOptions = {
  kinds: Object.fromEntries(milterFields.map((f) => [f.name, f.kind])),
  fields: milterFields.map((f) => f.name),
  singular: 'milter',
};
