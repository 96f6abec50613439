// Field descriptors per rule variant (the same fields; the condition's variable context differs),
// and what setErrorToFieldErrors needs to word server errors.
import { describeFields } from '../../schema/describe-fields';
import type { FieldDescriptor } from '../../schema/field-descriptor';
import { spamRuleSchemas, spamRuleVariants, type SpamRuleType } from '../../schema/spam-rule';
import type { SetErrorMessageOptions } from '../../objects/set-error-messages';
import { errorOptionsFor } from '../../objects/error-options';

export function ruleFields(type: SpamRuleType): readonly FieldDescriptor[] {
  return describeFields(spamRuleSchemas[type]);
}

export function ruleErrorOptions(type: SpamRuleType): SetErrorMessageOptions {
  return errorOptionsFor(ruleFields(type), 'rule');
}

export function variantOf(type: string) {
  return spamRuleVariants.find((v) => v.type === type);
}

export function isRuleType(value: string | null): value is SpamRuleType {
  return value !== null && variantOf(value) !== undefined;
}

/** The list's "Scope" column: the variant's label. */
export function scopeLabel(type: string): string {
  return variantOf(type)?.label ?? type;
}
