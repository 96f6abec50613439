// x:SpamRule writes: the object layer's mutations; the list's enable switch is a quick patch.
import { objectMutations, type QuickPatch } from '../../objects/object-mutations';
import { spamRuleObject } from './spam-rule-queries';

export const ruleMutations = objectMutations(spamRuleObject);

export interface ToggleRuleVariables extends QuickPatch {
  name: string;
  patch: { enable: boolean };
}

/** The list's enable switch: shown at once, rolled back if the server refuses. */
export const useToggleRule = () => ruleMutations.useQuickPatch<ToggleRuleVariables>();
