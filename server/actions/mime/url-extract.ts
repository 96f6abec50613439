import { registrableDomain } from './domain-parts';

export interface FoundUrl {
  /** The URL as found (a bare `www.` host gets `http://`). */
  url: string;
  location: 'body_text' | 'body_html';
}

const URL_IN_TEXT = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`{}|\\^]+/gi;
const URL_ATTRIBUTE = /\b(?:href|src|action|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** URLs in plain text; trailing punctuation that usually ends a sentence is not part of them. */
export function urlsInText(text: string): string[] {
  const found: string[] = [];
  for (const [match] of text.matchAll(URL_IN_TEXT)) {
    let url = match.replace(/[.,;:!?]+$/, '');
    // Keep a closing parenthesis only when the URL opened one (Wikipedia-style paths).
    while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
    found.push(/^www\./i.test(url) ? `http://${url}` : url);
  }
  return found;
}

/** URLs in HTML: link and resource attributes, then the visible text. */
export function urlsInHtml(html: string): string[] {
  const found: string[] = [];
  for (const [, double, single, bare] of html.matchAll(URL_ATTRIBUTE)) {
    const value = decodeEntities((double ?? single ?? bare ?? '').trim());
    if (/^(?:https?|ftp):\/\//i.test(value)) found.push(value);
  }
  const visible = decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '));
  found.push(...urlsInText(visible));
  return found;
}

/** Every distinct URL in the text and HTML bodies, with where it was first seen. */
export function collectUrls(textBodies: readonly string[], htmlBodies: readonly string[]): FoundUrl[] {
  const seen = new Map<string, FoundUrl>();
  for (const text of textBodies) for (const url of urlsInText(text)) if (!seen.has(url)) seen.set(url, { url, location: 'body_text' });
  for (const html of htmlBodies) for (const url of urlsInHtml(html)) if (!seen.has(url)) seen.set(url, { url, location: 'body_html' });
  return [...seen.values()];
}

export interface UrlParts {
  url: string;
  scheme: string;
  authority: string;
  host: string;
  sld: string;
  port: number;
  path: string;
  query: string;
  path_query: string;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ftp: 21 };

/** Splits a URL into the SpamUrlVariable parts; undefined when it does not parse. */
export function urlParts(url: string): UrlParts | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol.replace(/:$/, '').toLowerCase();
  const host = parsed.hostname.toLowerCase();
  const userinfo = parsed.username ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@` : '';
  const query = parsed.search.replace(/^\?/, '');
  return {
    url,
    scheme,
    authority: `${userinfo}${parsed.host}`,
    host,
    sld: registrableDomain(host.replace(/^\[|\]$/g, '')),
    port: parsed.port ? Number(parsed.port) : (DEFAULT_PORTS[scheme] ?? 0),
    path: parsed.pathname,
    query,
    path_query: `${parsed.pathname}${parsed.search}`,
  };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/gi, (_m, name: string) => ENTITIES[name.toLowerCase()]);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
