// The action variants grouped as the reference schema labels them: "Group: what it does".
import { actionVariants, type ActionVariant } from '../../schema/action';

export interface ActionGroup {
  title: string;
  variants: ActionVariant[];
}

/** Groups in the schema's order, holding only the variants `allowed` accepts; empty groups are left out. */
export function groupActions(allowed: (variant: ActionVariant) => boolean): ActionGroup[] {
  const groups: ActionGroup[] = [];
  for (const variant of actionVariants as readonly ActionVariant[]) {
    if (!allowed(variant)) continue;
    let target = groups.find((g) => g.title === variant.group);
    if (!target) {
      target = { title: variant.group, variants: [] };
      groups.push(target);
    }
    target.variants.push(variant);
  }
  return groups;
}
