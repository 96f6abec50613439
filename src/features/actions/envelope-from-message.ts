// "Fill from message": an SMTP envelope guessed from a raw message's own headers.
import { parseAddressList } from './address-list';
import { firstHeader, headerValues, readHeaders } from './message-headers';
import { lastExternalHop } from './received-header';

export interface EnvelopeGuess {
  remoteIp?: string;
  ehloDomain?: string;
  envFrom?: string;
  /** To and Cc addresses; empty when the message names none. */
  envRcptTo: string[];
}

/**
 * The last Received hop's IP and HELO/EHLO name, From as MAIL FROM, To and Cc as RCPT TO.
 * Only what the headers actually say is filled in.
 */
export function envelopeFromMessage(raw: string): EnvelopeGuess {
  const headers = readHeaders(raw);
  const guess: EnvelopeGuess = { envRcptTo: [] };
  const hop = lastExternalHop(headerValues(headers, 'Received'));
  if (hop?.ip) guess.remoteIp = hop.ip;
  if (hop?.helo) guess.ehloDomain = hop.helo;
  const from = firstHeader(headers, 'From');
  const sender = from === undefined ? undefined : parseAddressList(from)[0];
  if (sender) guess.envFrom = sender;
  const recipients = [...headerValues(headers, 'To'), ...headerValues(headers, 'Cc')].flatMap(parseAddressList);
  const seen = new Set<string>();
  for (const address of recipients) {
    if (seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    guess.envRcptTo.push(address);
  }
  return guess;
}

/** The Subject line, for telling runs apart; undefined when the message has none. */
export function subjectOf(raw: string): string | undefined {
  return firstHeader(readHeaders(raw), 'Subject');
}
