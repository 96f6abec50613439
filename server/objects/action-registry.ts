// Pluggable runners for the x:Action variants that produce results (TroubleshootDmarc, ClassifySpam).
import type { ActionRunner } from '../jmap/method-types';

const runners = new Map<string, ActionRunner>();

export function registerActionRunner(actionType: string, runner: ActionRunner): void {
  runners.set(actionType, runner);
}

export function actionRunner(actionType: string): ActionRunner | undefined {
  return runners.get(actionType);
}

/** Removes a runner (tests use it to see the answer of a build without the actions module). */
export function unregisterActionRunner(actionType: string): void {
  runners.delete(actionType);
}
