// What one running sandbox needs to answer live delivery tests: its tokens and probe settings.
import type { DnsResolver } from '../actions/dns/dns-resolver';
import { DeliveryTokens } from './delivery-tokens';
import type { ProbeSettings } from './delivery-probe';

export interface DeliveryService {
  tokens: DeliveryTokens;
  probe: ProbeSettings;
  /** Seconds each network step may take when the request gives no `timeout` (the server's default: 30). */
  defaultTimeoutSeconds: number;
}

export function createDeliveryService(resolver: DnsResolver, settings: { mxPort: number; ca: string[]; defaultTimeoutSeconds?: number; ehloName?: string }): DeliveryService {
  return {
    tokens: new DeliveryTokens(),
    probe: { resolver, mxPort: settings.mxPort, policyPort: settings.mxPort, ca: settings.ca, ehloName: settings.ehloName ?? 'postmaster.sandbox.example' },
    defaultTimeoutSeconds: settings.defaultTimeoutSeconds ?? 30,
  };
}
