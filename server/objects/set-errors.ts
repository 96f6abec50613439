// Builders for SetErrors; every one carries a description and a properties list.
import type { SetError, ValidationError } from '../jmap/method-types';

export function setError(type: string, description: string, extra: Partial<SetError> = {}): SetError {
  return { type, description, properties: [], ...extra };
}

export const invalidPatch = (description: string, path: string): SetError => setError('invalidPatch', description, { properties: [path] });

export const INVALID_PROPERTY = 'Invalid property';
export const READ_ONLY = 'Cannot modify read-only property';
export const INVALID_OBJECT = 'Invalid value for object property';

function describe(issue: ValidationError): string {
  switch (issue.type) {
    case 'Required':
      return `${issue.property} is required`;
    case 'Invalid':
      return `${issue.property} has an invalid value ${JSON.stringify(issue.value)}`;
    case 'MinValue':
      return `${issue.property} must be at least ${issue.required}`;
    case 'MaxValue':
      return `${issue.property} must be at most ${issue.required}`;
    case 'MinLength':
      return `${issue.property} must have at least ${issue.required} ${issue.required === 1 ? 'item' : 'items'}`;
    case 'MaxLength':
      return `${issue.property} must be at most ${issue.required} long`;
  }
}

export function validationFailed(issues: ValidationError[]): SetError {
  return setError('validationFailed', `Validation failed: ${issues.map(describe).join('; ')}.`, {
    properties: [...new Set(issues.map((i) => i.property))],
    validationErrors: issues,
  });
}
