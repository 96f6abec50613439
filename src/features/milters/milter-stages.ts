// A milter's SMTP stages as people read them: in SMTP order, not in the server's key order.
import { mtaStageOptions, optionLabel } from '../../schema/enum-options';
import { setToArray } from '../../schema/wire-codec';
import type { MilterRow } from './milter-queries';

export function stageList(stages: MilterRow['stages'] | undefined): string {
  const chosen = new Set(setToArray(stages ?? {}));
  return mtaStageOptions
    .filter((o) => chosen.has(o.value))
    .map((o) => optionLabel(mtaStageOptions, o.value))
    .join(', ');
}
