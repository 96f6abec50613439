// The SPF domains follow the EHLO domain and the MAIL FROM domain as they are typed, until the
// person edits them; clearing an SPF field hands it back to the automatic value.
import { domainOf } from './address-list';

export interface AutofillState {
  spfEhloDomainEdited: boolean;
  spfMailFromDomainEdited: boolean;
}

export function spfEhloDomainFor(ehloDomain: string): string {
  return ehloDomain.trim().replace(/^\[|\]$/g, '');
}

export function spfMailFromDomainFor(mailFrom: string, ehloDomain: string): string {
  // A null sender (MAIL FROM:<>) is checked with the EHLO identity (RFC 7208 section 2.4).
  const trimmed = mailFrom.trim();
  if (trimmed === '' || trimmed === '<>') return spfEhloDomainFor(ehloDomain);
  return domainOf(trimmed) ?? '';
}

/** Whether a change the person typed into an SPF field means "I set this myself". */
export function editedAfterTyping(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
