// The milter form's field descriptors, and what setErrorToFieldErrors needs to word server errors.
import { errorOptionsFor } from '../../objects/error-options';
import { describeFields } from '../../schema/describe-fields';
import { mtaMilterSchema } from '../../schema/mta-milter';

export const milterFields = describeFields(mtaMilterSchema);

export const milterErrorOptions = errorOptionsFor(milterFields, 'milter');
