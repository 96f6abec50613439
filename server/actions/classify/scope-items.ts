import { isIpAddress, ipOctets, reversedIp, canonicalIp } from '../dns/dns-names';
import { registrableDomain, splitAddress } from '../mime/domain-parts';
import { emailsInText } from '../mime/email-extract';
import { headerAttributes } from '../mime/header-fields';
import type { ParsedMessage } from '../mime/parsed-message';
import { ipsInReceived } from '../mime/received-ips';
import { collectUrls, urlParts } from '../mime/url-extract';
import type { SpamRuleScope } from './classify-types';
import type { SessionFacts, Variables } from './default-variables';

/** One evaluation of a rule: the scope's own variables plus where the item was found. */
export interface ScopeItem {
  location: string;
  variables: Variables;
}

/** Builds, once per message, the items each rule scope is evaluated over. */
export function scopeItems(message: ParsedMessage, session: SessionFacts): Record<SpamRuleScope, ScopeItem[]> {
  const urls = urlItems(message);
  const emails = emailItems(message);
  return {
    Any: [{ location: '', variables: { value: '' } }],
    Body: [{ location: message.text.trim() ? 'body_text' : 'body_html', variables: { value: message.body } }],
    Header: headerItems(message),
    Url: urls,
    Email: emails,
    Ip: ipItems(message, session),
    Domain: domainItems(session, emails, urls),
  };
}

function headerItems(message: ParsedMessage): ScopeItem[] {
  return message.headers.map((header) => {
    const nameLower = header.name.toLowerCase();
    return {
      location: `header_${nameLower.replace(/-/g, '_')}`,
      variables: {
        name: header.name,
        name_lower: nameLower,
        value: header.value,
        value_lower: header.value.toLowerCase(),
        attributes: headerAttributes(header.value),
        raw: header.raw,
        raw_lower: header.raw.toLowerCase(),
      },
    };
  });
}

function urlItems(message: ParsedMessage): ScopeItem[] {
  const items: ScopeItem[] = [];
  for (const found of collectUrls([message.text], [message.html])) {
    const parts = urlParts(found.url);
    if (!parts) continue;
    items.push({ location: found.location, variables: { ...parts, value: found.url } });
  }
  return items;
}

function emailItems(message: ParsedMessage): ScopeItem[] {
  const seen = new Map<string, ScopeItem>();
  const add = (address: string, name: string, location: string) => {
    const key = address.toLowerCase();
    if (!address.includes('@') || seen.has(key)) return;
    const { local, domain } = splitAddress(address);
    seen.set(key, {
      location,
      variables: { email: address, value: address, name, local, domain, sld: registrableDomain(domain) },
    });
  };
  const headerGroups: Array<[string, ReadonlyArray<{ address: string; name: string }>]> = [
    ['header_from', message.from ? [message.from] : []],
    ['header_sender', message.sender ? [message.sender] : []],
    ['header_reply_to', message.replyTo ? [message.replyTo] : []],
    ['header_to', message.to],
    ['header_cc', message.cc],
    ['header_bcc', message.bcc],
  ];
  for (const [location, list] of headerGroups) for (const m of list) add(m.address, m.name, location);
  for (const address of emailsInText(message.text)) add(address, '', 'body_text');
  for (const address of emailsInText(message.html)) add(address, '', 'body_html');
  return [...seen.values()];
}

function ipItems(message: ParsedMessage, session: SessionFacts): ScopeItem[] {
  const seen = new Map<string, ScopeItem>();
  const add = (address: string, location: string) => {
    if (!isIpAddress(address)) return;
    const ip = canonicalIp(address);
    if (seen.has(ip)) return;
    const reversed = reversedIp(ip);
    seen.set(ip, {
      location,
      variables: {
        ip,
        value: ip,
        reverse_ip: reversed,
        ip_reverse: reversed,
        octets: ipOctets(ip),
        is_v4: !ip.includes(':'),
        is_v6: ip.includes(':'),
      },
    });
  };
  add(session.remoteIp, 'tcp');
  for (const header of message.headers) {
    if (header.name.toLowerCase() === 'received') for (const ip of ipsInReceived(header.value)) add(ip, 'header_received');
  }
  return [...seen.values()];
}

function domainItems(session: SessionFacts, emails: ScopeItem[], urls: ScopeItem[]): ScopeItem[] {
  const seen = new Map<string, ScopeItem>();
  const add = (domain: string, location: string) => {
    const value = domain.toLowerCase().replace(/\.$/, '');
    if (!value || isIpAddress(value.replace(/^\[|\]$/g, '')) || seen.has(value)) return;
    seen.set(value, { location, variables: { value } });
  };
  add(session.heloDomain, 'ehlo');
  add(session.remoteIpPtr, 'tcp');
  add(splitAddress(session.envFrom).domain, 'env_from');
  for (const item of emails) add(String(item.variables.domain), item.location);
  for (const item of urls) add(String(item.variables.host), item.location);
  return [...seen.values()];
}
