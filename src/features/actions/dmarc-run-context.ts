// The client-side facts of a TroubleshootDmarc run, which the server does not echo.
import type { ActionRun } from './action-history';
import type { DkimSignatureTags } from './dkim-signatures';

/** What the client knew when it sent the check; the server does not echo these. */
export interface DmarcRunContext {
  remoteIp: string;
  ehloDomain: string;
  mailFrom: string;
  /** Domain of the message's From header, parsed on the client. */
  fromDomain?: string;
  /** d= / s= of each DKIM-Signature, top to bottom. */
  dkimSignatures: DkimSignatureTags[];
  messageGiven: boolean;
}

/** The facts of a recorded run: its remembered inputs and what was read from its message. */
export function dmarcContextOf(run: ActionRun): DmarcRunContext {
  const input = run.input ?? {};
  const text = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : '');
  return {
    remoteIp: text('remoteIp'),
    ehloDomain: text('ehloDomain'),
    mailFrom: text('mailFrom'),
    fromDomain: run.message?.fromDomain,
    dkimSignatures: run.message?.dkimSignatures ?? [],
    messageGiven: run.message !== undefined,
  };
}
