// The d= and s= tags of each DKIM-Signature header of a raw message, top to bottom (the order the
// server reports its per-signature results in).
import { domainOf, parseAddressList } from './address-list';
import { firstHeader, headerValues, readHeaders } from './message-headers';

export interface DkimSignatureTags {
  domain?: string;
  selector?: string;
}

export function dkimSignatureTags(raw: string): DkimSignatureTags[] {
  return headerValues(readHeaders(raw), 'DKIM-Signature').map((value) => {
    const tags: Record<string, string> = {};
    for (const part of value.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      tags[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).replace(/\s+/g, '');
    }
    return { domain: tags.d?.toLowerCase(), selector: tags.s };
  });
}

/** The domain of the message's From header (the DMARC identity), or undefined. */
export function fromDomainOf(raw: string): string | undefined {
  const from = firstHeader(readHeaders(raw), 'From');
  const address = from === undefined ? undefined : parseAddressList(from)[0];
  return address === undefined ? undefined : domainOf(address);
}
