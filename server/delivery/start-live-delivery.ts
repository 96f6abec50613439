// Starts what live delivery tests need in sandbox mode: the demo mail servers and the probe's settings.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZoneFileResolver } from '../actions/dns/zone-files';
import { createDeliveryService, type DeliveryService } from './delivery-service';
import { startDemoMailServers } from './demo-mail-servers';

const DEMO_TLS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'tls');

export async function startLiveDelivery(
  zoneFiles: readonly string[],
  options: { mxPort?: number; deliveryTimeout?: number },
  log: (message: string) => void,
): Promise<{ service: DeliveryService; port: number; close(): Promise<void> }> {
  const resolver = await createZoneFileResolver(zoneFiles);
  const servers = await startDemoMailServers({ port: options.mxPort ?? 0, tlsDir: DEMO_TLS_DIR, log });
  const service = createDeliveryService(resolver, { mxPort: servers.port, ca: [servers.ca], defaultTimeoutSeconds: options.deliveryTimeout });
  return { service, port: servers.port, close: () => servers.close() };
}
