// A check's status (the @type of a DmarcTroubleshootAuthResult) in words and as a badge tone.
import type { DmarcAuthResult, DmarcAuthStatus } from '../../schema/action-results';

export type AuthStatus = DmarcAuthStatus;

export function statusWord(status: AuthStatus): string {
  switch (status) {
    case 'Pass':
      return 'Pass';
    case 'Fail':
      return 'Fail';
    case 'SoftFail':
      return 'Soft fail';
    case 'Neutral':
      return 'Neutral';
    case 'None':
      return 'None';
    case 'TempError':
      return 'Temporary error';
    case 'PermError':
      return 'Permanent error';
  }
}

export function statusTone(status: AuthStatus): 'success' | 'danger' | 'warning' | 'neutral' {
  if (status === 'Pass') return 'success';
  if (status === 'Fail' || status === 'PermError') return 'danger';
  if (status === 'SoftFail' || status === 'TempError') return 'warning';
  return 'neutral';
}

/** The server's own details text, when the status carries one. */
export function detailsOf(result: DmarcAuthResult): string | undefined {
  return 'details' in result && result.details ? result.details : undefined;
}
