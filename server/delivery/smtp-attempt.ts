// One SMTP conversation of the probe with one address of an MX host, stage by stage, through the
// smtp-client library: connect, greeting, EHLO, STARTTLS (+ DANE), EHLO, MAIL FROM:<>, RCPT TO, QUIT.
// Nothing is sent after RCPT TO: the probe never transmits a message.
import type { PeerCertificate } from 'node:tls';
import { checkServerIdentity } from 'node:tls';
import { SMTPClient } from 'smtp-client';
import { verifyDane } from './dane';
import { elapsedSince, type EmitStage, type TlsaWire } from './delivery-stage';

export interface AttemptSettings {
  hostname: string;
  ip: string;
  port: number;
  /** The name this server gives in EHLO. */
  ehloName: string;
  timeoutMs: number;
  ca: string[];
  /** Present for an address target: MAIL FROM:<> and RCPT TO are tried. */
  email: string | null;
  dane: TlsaWire | null;
  signal: AbortSignal;
}

interface ClientLike {
  connect(): Promise<unknown>;
  ehlo(o: { hostname: string; timeout: number }): Promise<unknown>;
  secure(o: { timeout: number }): Promise<unknown>;
  mail(o: { from: string; timeout: number }): Promise<unknown>;
  rcpt(o: { to: string; timeout: number }): Promise<unknown>;
  quit(o: { timeout: number }): Promise<unknown>;
  close(): Promise<unknown>;
  hasExtension(name: string): boolean;
  once(event: 'connect', listener: () => void): void;
}

const TIMED_OUT = Symbol('timeout');

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** An SMTP reply error of smtp-client: a three-digit `code` (its other errors carry no such code). */
function isReplyError(error: unknown): error is { code: string; enhancedCode: string | null; message: string } {
  return typeof (error as { code?: unknown })?.code === 'string' && /^\d{3}$/.test((error as { code: string }).code);
}

/** "Code: 550, Enhanced code: 5.1.1, Message: …", the server's wording for an SMTP reply. */
function describeReply(error: unknown): string {
  if (isReplyError(error)) {
    // Servers that do not advertise ENHANCEDSTATUSCODES still often start their text with one.
    const leading = /^([245]\.\d{1,3}\.\d{1,3})\s+(.*)$/s.exec(error.message);
    const enhanced = error.enhancedCode ?? leading?.[1] ?? '0.0.0';
    const text = error.enhancedCode === null && leading ? leading[2] : error.message;
    return `Unexpected reply: Code: ${error.code}, Enhanced code: ${enhanced}, Message: ${text}`;
  }
  const message = (error as Error | null)?.message ?? String(error);
  if (message === 'Command has timed out') return 'Timed out reading response';
  return `I/O error: ${message}`;
}

/** Runs the conversation; true when the target was accepted (or, for a domain, the session got through). */
export async function attemptSmtp(s: AttemptSettings, emit: EmitStage): Promise<boolean> {
  let peer: PeerCertificate | undefined;
  const client = new SMTPClient({
    host: s.ip,
    port: s.port,
    servername: s.hostname,
    ca: s.ca,
    checkServerIdentity: (host: string, cert: PeerCertificate) => {
      peer = cert;
      return checkServerIdentity(host, cert);
    },
  } as ConstructorParameters<typeof SMTPClient>[0]) as unknown as ClientLike;
  const abort = () => void client.close();
  s.signal.addEventListener('abort', abort);
  try {
    return await converse(client, s, emit, () => peer);
  } finally {
    s.signal.removeEventListener('abort', abort);
    await client.close().catch(() => undefined);
  }
}

async function converse(client: ClientLike, s: AttemptSettings, emit: EmitStage, peer: () => PeerCertificate | undefined): Promise<boolean> {
  const timeout = s.timeoutMs;
  emit({ type: 'connectionStart', remoteIp: s.ip });
  let start = performance.now();
  const connected = new Promise<'connected'>((resolve) => client.once('connect', () => resolve('connected')));
  const greeting = client.connect().then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const first = await within(Promise.race([connected, greeting]), timeout);
  if (first !== 'connected') {
    const reason = first === TIMED_OUT ? 'Connection timeout' : first.ok ? null : describeReply(first.error);
    if (reason !== null) {
      emit({ type: 'connectionError', elapsed: elapsedSince(start), reason });
      return false;
    }
  }
  emit({ type: 'connectionSuccess', elapsed: elapsedSince(start) });

  emit({ type: 'readGreetingStart' });
  start = performance.now();
  const greeted = await within(greeting, timeout);
  if (greeted === TIMED_OUT || !greeted.ok) {
    const reason = greeted === TIMED_OUT ? `Temporary Failure for ${s.hostname}: Connection failed: Timeout while reading greeting` : describeReply(greeted.error);
    emit({ type: 'readGreetingError', elapsed: elapsedSince(start), reason });
    return false;
  }
  emit({ type: 'readGreetingSuccess', elapsed: elapsedSince(start) });

  if (!(await step(emit, 'ehlo', () => client.ehlo({ hostname: s.ehloName, timeout })))) return false;

  emit({ type: 'startTlsStart' });
  start = performance.now();
  if (!client.hasExtension('STARTTLS')) {
    emit({ type: 'startTlsError', elapsed: elapsedSince(start), reason: 'STARTTLS not advertised by host' });
    return false;
  }
  try {
    await client.secure({ timeout });
  } catch (error) {
    const message = (error as Error).message;
    const reason = isReplyError(error) || message === 'Command has timed out' ? describeReply(error) : `TLS error: ${message}`;
    emit({ type: 'startTlsError', elapsed: elapsedSince(start), reason });
    return false;
  }
  emit({ type: 'startTlsSuccess', elapsed: elapsedSince(start) });

  if (s.dane) {
    const failure = verifyDane(s.dane, peer());
    if (failure) emit({ type: 'daneVerifyError', reason: `Permanent Failure for ${s.hostname}: DANE authentication failure: ${failure}` });
    else emit({ type: 'daneVerifySuccess' });
  }

  if (!(await step(emit, 'ehlo', () => client.ehlo({ hostname: s.ehloName, timeout })))) return false;

  let accepted = s.email === null;
  if (s.email !== null && (await step(emit, 'mailFrom', () => client.mail({ from: '', timeout })))) {
    const to = s.email;
    accepted = await step(emit, 'rcptTo', () => client.rcpt({ to, timeout }));
  }

  emit({ type: 'quitStart' });
  start = performance.now();
  await within(
    client.quit({ timeout }).catch(() => undefined),
    timeout,
  );
  emit({ type: 'quitCompleted', elapsed: elapsedSince(start) });
  return accepted;
}

/** Emits `<name>Start`, runs the command, then `<name>Success` or `<name>Error` with the reply. */
async function step(emit: EmitStage, name: 'ehlo' | 'mailFrom' | 'rcptTo', run: () => Promise<unknown>): Promise<boolean> {
  emit({ type: `${name}Start` });
  const start = performance.now();
  try {
    await run();
  } catch (error) {
    emit({ type: `${name}Error`, elapsed: elapsedSince(start), reason: describeReply(error) });
    return false;
  }
  emit({ type: `${name}Success`, elapsed: elapsedSince(start) });
  return true;
}
