// The events of a live delivery probe, named and shaped as Stalwart 0.16 streams them
// (`type` in camelCase; `elapsed` in milliseconds).

export interface MxGroup {
  exchanges: string[];
  preference: number;
}

/** An MTA-STS policy as the server serialises it (`max_age` in seconds). */
export interface StsPolicyWire {
  id: string;
  mode: 'enforce' | 'testing' | 'none';
  mx: ({ equals: string } | { startsWith: string })[];
  max_age: number;
}

export type ReportUri = { type: 'mail'; email: string } | { type: 'http'; url: string };

export interface TlsaWire {
  entries: { is_end_entity: boolean; is_spki: boolean; matching: 'Full' | 'Sha256' | 'Sha512'; data: number[] }[];
  has_end_entities: boolean;
  has_intermediates: boolean;
}

type Timed = { elapsed: number };
type Failed = { elapsed: number; reason: string };

export type DeliveryStage =
  | { type: 'mxLookupStart'; domain: string }
  | ({ type: 'mxLookupSuccess'; mxs: MxGroup[] } & Timed)
  | ({ type: 'mxLookupError' } & Failed)
  | { type: 'mtaStsFetchStart' }
  | ({ type: 'mtaStsFetchSuccess'; policy: StsPolicyWire } & Timed)
  | ({ type: 'mtaStsFetchError' } & Failed)
  | ({ type: 'mtaStsNotFound' } & Timed)
  | { type: 'tlsRptLookupStart' }
  | ({ type: 'tlsRptLookupSuccess'; rua: ReportUri[] } & Timed)
  | ({ type: 'tlsRptLookupError' } & Failed)
  | ({ type: 'tlsRptNotFound' } & Timed)
  | { type: 'deliveryAttemptStart'; hostname: string }
  | { type: 'mtaStsVerifySuccess' }
  | { type: 'mtaStsVerifyError'; reason: string }
  | { type: 'tlsaLookupStart' }
  | ({ type: 'tlsaLookupSuccess'; record: TlsaWire } & Timed)
  | ({ type: 'tlsaNotFound' } & Failed)
  | ({ type: 'tlsaLookupError' } & Failed)
  | { type: 'ipLookupStart' }
  | ({ type: 'ipLookupSuccess'; remoteIps: string[] } & Timed)
  | ({ type: 'ipLookupError' } & Failed)
  | { type: 'connectionStart'; remoteIp: string }
  | ({ type: 'connectionSuccess' } & Timed)
  | ({ type: 'connectionError' } & Failed)
  | { type: 'readGreetingStart' }
  | ({ type: 'readGreetingSuccess' } & Timed)
  | ({ type: 'readGreetingError' } & Failed)
  | { type: 'ehloStart' }
  | ({ type: 'ehloSuccess' } & Timed)
  | ({ type: 'ehloError' } & Failed)
  | { type: 'startTlsStart' }
  | ({ type: 'startTlsSuccess' } & Timed)
  | ({ type: 'startTlsError' } & Failed)
  | { type: 'daneVerifySuccess' }
  | { type: 'daneVerifyError'; reason: string }
  | { type: 'mailFromStart' }
  | ({ type: 'mailFromSuccess' } & Timed)
  | ({ type: 'mailFromError' } & Failed)
  | { type: 'rcptToStart' }
  | ({ type: 'rcptToSuccess' } & Timed)
  | ({ type: 'rcptToError' } & Failed)
  | { type: 'quitStart' }
  | ({ type: 'quitCompleted' } & Timed)
  | { type: 'completed' };

export type EmitStage = (stage: DeliveryStage) => void;

/** One server-sent event per stage: `event: event`, then the stage as a one-element JSON array. */
export function stageFrame(stage: DeliveryStage): string {
  return `event: event\ndata: [${JSON.stringify(stage)}]\n\n`;
}

/** Milliseconds since `start`, as whole numbers like the server reports. */
export function elapsedSince(start: number): number {
  return Math.round(performance.now() - start);
}
