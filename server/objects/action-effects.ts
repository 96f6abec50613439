// What each simple x:Action variant does in the sandbox. Keyed by every simple variant of the
// registry (src/schema/action.ts), so a new variant does not compile until it has its effect here.
import type { SimpleActionType } from '../../src/schema/action';
import type { MethodContext } from '../jmap/method-types';
import { setQueuePaused } from '../store/queue-state';
import type { SandboxServices } from './sandbox-services';

export type ActionEffect = (ctx: MethodContext, services: SandboxServices) => void | Promise<void>;

// Certificates, lookup stores, blocked IPs and caches do not exist in the sandbox: those variants
// are recorded only.
const recordOnly: ActionEffect = () => undefined;

export const simpleActionEffects: Record<SimpleActionType, ActionEffect> = {
  ReloadSettings: (_ctx, services) => services.config.reload(),
  ReloadTlsCertificates: recordOnly,
  ReloadLookupStores: recordOnly,
  ReloadBlockedIps: recordOnly,
  // Like the server: every application is fetched again; failures are only logged.
  UpdateApps: async (ctx, services) => {
    await services.apps?.updateAll(ctx.db);
  },
  InvalidateCaches: recordOnly,
  InvalidateNegativeCaches: recordOnly,
  PauseMtaQueue: (ctx) => setQueuePaused(ctx.db, true),
  ResumeMtaQueue: (ctx) => setQueuePaused(ctx.db, false),
};
