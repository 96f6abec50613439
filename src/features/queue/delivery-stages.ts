// The live delivery probe's stages as steps a person can follow. A Stalwart 0.16 server streams
// one JSON object per stage (http/src/api/diagnose.rs, DeliveryStage): `{"type": "<base><Outcome>",
// …}` where Outcome is Start, Success, Error, NotFound or Completed, then `{"type": "completed"}`.
// Each Start opens a step; the outcome that follows closes it.

import { explainSmtpReply } from './smtp-explain';

export type StepState = 'running' | 'ok' | 'failed' | 'notPublished' | 'info';

export interface ProbeStep {
  /** Stage family, e.g. "mxLookup", "ehlo". */
  base: string;
  title: string;
  state: StepState;
  /** What was found or answered (MX hosts, addresses, the server's reply…). */
  detail?: string;
  /** The same in plain words. */
  explanation: string;
  elapsedMs?: number;
}

export type DeliveryEvent = { type: string } & Record<string, unknown>;

interface StageText {
  title: (event: DeliveryEvent) => string;
  running: string;
  ok: string;
  failed: string;
  notPublished?: string;
}

const STAGES: Record<string, StageText> = {
  mxLookup: {
    title: (e) => `MX lookup${typeof e.domain === 'string' ? ` for ${e.domain}` : ''}`,
    running: 'Looking up which mail servers accept mail for the domain (its MX records).',
    ok: 'The domain names its mail servers; they are tried in order of preference.',
    failed: 'The domain’s mail servers could not be found, so mail to it cannot be delivered. Check the domain’s spelling and its DNS.',
  },
  mtaStsFetch: {
    title: () => 'MTA-STS policy',
    running: 'Checking whether the domain publishes an MTA-STS policy (a promise to accept mail only over verified TLS).',
    ok: 'The domain publishes an MTA-STS policy: mail goes only to the hosts it lists, over verified TLS.',
    failed: 'The domain announces MTA-STS but its policy could not be read; delivery may be refused until it is fixed.',
    notPublished: 'Not published: the domain makes no MTA-STS promise, so TLS is used when offered but not required.',
  },
  tlsRptLookup: {
    title: () => 'TLS-RPT reporting',
    running: 'Checking where the domain wants reports about TLS problems sent (TLS-RPT).',
    ok: 'The domain asks for TLS problem reports at these addresses.',
    failed: 'The TLS-RPT record could not be read; this does not stop delivery.',
    notPublished: 'Not published: the domain asks for no TLS reports. This does not affect delivery.',
  },
  deliveryAttempt: {
    title: (e) => `Trying ${typeof e.hostname === 'string' ? e.hostname : 'the next mail server'}`,
    running: 'Trying this mail server.',
    ok: 'Trying this mail server.',
    failed: 'This mail server could not be used.',
  },
  mtaStsVerify: {
    title: () => 'MTA-STS host check',
    running: 'Checking that the MTA-STS policy allows this host.',
    ok: 'The MTA-STS policy allows this host.',
    failed: 'The MTA-STS policy does not list this host, so it is skipped.',
  },
  tlsaLookup: {
    title: () => 'DANE (TLSA records)',
    running: 'Looking up DANE records, which pin the host’s TLS certificate in signed DNS.',
    ok: 'The host publishes DANE records: its certificate is checked against them.',
    failed: 'The DANE records could not be used; delivery continues without them.',
    notPublished: 'Not published: the host has no DANE records, so its certificate is checked the usual way.',
  },
  ipLookup: {
    title: () => 'Address lookup',
    running: 'Looking up the host’s IP addresses.',
    ok: 'The host’s addresses were found.',
    failed: 'The host has no usable IP address; the next host is tried.',
  },
  connection: {
    title: (e) => `Connect${typeof e.remoteIp === 'string' ? ` to ${e.remoteIp}` : ''}`,
    running: 'Opening a connection to the mail server (SMTP, port 25).',
    ok: 'Connected.',
    failed: 'The mail server could not be reached (refused, timed out or blocked by a firewall).',
  },
  readGreeting: {
    title: () => 'Greeting',
    running: 'Waiting for the server’s greeting.',
    ok: 'The server greeted us and is ready.',
    failed: 'The server did not greet us properly; it may be busy or refusing connections.',
  },
  ehlo: {
    title: () => 'EHLO',
    running: 'Introducing ourselves (EHLO) and asking what the server supports.',
    ok: 'The server accepted our introduction and listed what it supports.',
    failed: 'The server rejected our introduction (EHLO).',
  },
  startTls: {
    title: () => 'STARTTLS',
    running: 'Switching the connection to encryption (STARTTLS).',
    ok: 'The connection is encrypted.',
    failed: 'The connection could not be encrypted; with MTA-STS or DANE in force, delivery to this host is refused.',
  },
  daneVerify: {
    title: () => 'DANE certificate check',
    running: 'Checking the certificate against the DANE records.',
    ok: 'The certificate matches the DANE records.',
    failed: 'The certificate does not match the DANE records.',
  },
  mailFrom: {
    title: () => 'MAIL FROM',
    running: 'Announcing a test sender (a null sender, as bounces use).',
    ok: 'The server accepts mail from us.',
    failed: 'The server refuses mail from us.',
  },
  rcptTo: {
    title: () => 'RCPT TO',
    running: 'Asking whether the server accepts the recipient. No message is sent.',
    ok: 'The server accepts mail for this recipient.',
    failed: 'The server does not accept mail for this recipient.',
  },
  quit: {
    title: () => 'QUIT',
    running: 'Closing the connection.',
    ok: 'Connection closed.',
    failed: 'The connection closed.',
  },
};

const OUTCOME = /^(.*?)(Start|Success|Error|NotFound|Completed)$/;

// "Not found" outcomes drop the verb: mtaStsNotFound closes mtaStsFetchStart, and so on.
const NOT_FOUND_BASE: Record<string, string> = { mtaSts: 'mtaStsFetch', tlsRpt: 'tlsRptLookup', tlsa: 'tlsaLookup' };

function stageOf(type: string): { base: string; outcome: string } | undefined {
  const match = OUTCOME.exec(type);
  if (!match) return undefined;
  const base = match[1]!;
  return { base: NOT_FOUND_BASE[base] ?? base, outcome: match[2]! };
}

/** The steps after one more event (a new array; the old one is left as it was). */
export function applyDeliveryEvent(steps: readonly ProbeStep[], event: DeliveryEvent): ProbeStep[] {
  const stage = stageOf(event.type);
  const text = stage && STAGES[stage.base];
  if (!stage || !text) return [...steps];
  const elapsedMs = typeof event.elapsed === 'number' ? event.elapsed : undefined;
  const detail = describeDetail(event);
  if (stage.outcome === 'Start') {
    const state: StepState = stage.base === 'deliveryAttempt' ? 'info' : 'running';
    return [...steps, { base: stage.base, title: text.title(event), state, explanation: text.running }];
  }
  const state: StepState =
    stage.outcome === 'NotFound' ? 'notPublished' : stage.outcome === 'Error' ? 'failed' : 'ok';
  const explanation = explainOutcome(text, state, detail);
  const index = findLastRunning(steps, stage.base);
  const finished: ProbeStep = {
    base: stage.base,
    title: index >= 0 ? steps[index]!.title : text.title(event),
    state,
    explanation,
    ...(detail !== undefined ? { detail } : {}),
    ...(elapsedMs !== undefined ? { elapsedMs } : {}),
  };
  // Verify stages (MTA-STS host check, DANE check) have no Start: they stand alone.
  if (index < 0) return [...steps, finished];
  return steps.map((step, i) => (i === index ? finished : step));
}

function findLastRunning(steps: readonly ProbeStep[], base: string): number {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]!.base === base && steps[i]!.state === 'running') return i;
  return -1;
}

function explainOutcome(text: StageText, state: StepState, detail: string | undefined): string {
  if (state === 'notPublished') return text.notPublished ?? text.failed;
  if (state === 'ok') return text.ok;
  const reply = detail ? smtpReplyIn(detail) : undefined;
  if (!reply) return text.failed;
  const explained = explainSmtpReply(reply.code, reply.enhanced);
  return `${text.failed} ${explained.summary}${explained.advice ? ` ${explained.advice}` : ''}`;
}

/**
 * An SMTP reply inside an error text. A Stalwart server writes "Unexpected reply: Code: 550,
 * Enhanced code: 5.1.1, Message: …" (smtp-proto's Response display); "550 5.1.1 …" is read too.
 */
export function smtpReplyIn(text: string): { code: number; enhanced?: string } | undefined {
  const labelled = /Code: ([2-5][0-9]{2}), Enhanced code: ([0-9]\.[0-9]{1,3}\.[0-9]{1,3})/.exec(text);
  if (labelled) {
    const enhanced = labelled[2]!;
    return { code: Number(labelled[1]), ...(enhanced !== '0.0.0' ? { enhanced } : {}) };
  }
  const match = /\b([2-5][0-9]{2})[ -](?:([245]\.[0-9]{1,3}\.[0-9]{1,3})\b)?/.exec(text);
  if (!match) return undefined;
  return { code: Number(match[1]), ...(match[2] ? { enhanced: match[2] } : {}) };
}

function describeDetail(event: DeliveryEvent): string | undefined {
  if (typeof event.reason === 'string') return event.reason;
  if (Array.isArray(event.mxs)) {
    return (event.mxs as Array<{ exchanges?: unknown; preference?: unknown }>)
      .map((mx) => `${Array.isArray(mx.exchanges) ? mx.exchanges.join(', ') : '?'} (preference ${String(mx.preference)})`)
      .join('; ');
  }
  if (Array.isArray(event.remoteIps)) return (event.remoteIps as unknown[]).map(String).join(', ');
  if (Array.isArray(event.rua)) {
    return (event.rua as Array<{ email?: unknown; url?: unknown }>).map((r) => String(r.email ?? r.url ?? '')).join(', ');
  }
  if (event.policy && typeof event.policy === 'object') {
    const policy = event.policy as { mode?: unknown; mx?: unknown };
    // MxPattern: {"equals": "mx.example.com"} or {"startsWith": "example.com"} (a "*." pattern).
    const hosts = Array.isArray(policy.mx) ? policy.mx.map(describeMxPattern).join(', ') : '';
    return [typeof policy.mode === 'string' ? `mode ${policy.mode}` : '', hosts ? `hosts ${hosts}` : ''].filter(Boolean).join('; ') || undefined;
  }
  if (event.record && typeof event.record === 'object') {
    const entries = (event.record as { entries?: unknown }).entries;
    if (Array.isArray(entries)) return `${entries.length} TLSA ${entries.length === 1 ? 'record' : 'records'}`;
  }
  return undefined;
}

function describeMxPattern(pattern: unknown): string {
  if (typeof pattern === 'string') return pattern;
  if (pattern && typeof pattern === 'object') {
    const p = pattern as { equals?: unknown; startsWith?: unknown };
    if (typeof p.equals === 'string') return p.equals;
    if (typeof p.startsWith === 'string') return `*.${p.startsWith}`;
  }
  return '?';
}

/** The frame's data: a JSON array of stage objects (one per frame on a real server). */
export function parseDeliveryFrame(data: string): DeliveryEvent[] {
  const parsed: unknown = JSON.parse(data);
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.filter((e): e is DeliveryEvent => typeof e === 'object' && e !== null && typeof (e as { type?: unknown }).type === 'string');
}
