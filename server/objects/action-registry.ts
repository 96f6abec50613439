// Pluggable runners for the diagnostic x:Action variants (those with a result in the registry,
// src/schema/action.ts): the actions module registers one per variant.
import type { DiagnosticActionType } from '../../src/schema/action';
import type { ActionRunner } from '../jmap/method-types';

const runners = new Map<DiagnosticActionType, ActionRunner>();

export function registerActionRunner(actionType: DiagnosticActionType, runner: ActionRunner): void {
  runners.set(actionType, runner);
}

export function actionRunner(actionType: DiagnosticActionType): ActionRunner | undefined {
  return runners.get(actionType);
}

/** Removes a runner (tests use it to see the answer of a build without the actions module). */
export function unregisterActionRunner(actionType: DiagnosticActionType): void {
  runners.delete(actionType);
}
