// The action variants grouped as the reference schema labels them: "Group: what it does".
import { actionVariants, type ActionType } from '../../schema/action';

export interface ActionVariantView {
  type: ActionType;
  /** The schema label, e.g. "Reload: Server settings". */
  label: string;
  /** The label after the group prefix, e.g. "Server settings". */
  name: string;
  disruptive: boolean;
}

export interface ActionGroup {
  title: string;
  variants: ActionVariantView[];
}

export function splitLabel(label: string): { group: string; name: string } {
  const colon = label.indexOf(':');
  if (colon < 0) return { group: 'Other', name: label.trim() };
  return { group: label.slice(0, colon).trim(), name: label.slice(colon + 1).trim() };
}

/** Groups in the schema's order, holding only the variants `allowed` accepts; empty groups are left out. */
export function groupActions(allowed: (type: ActionType) => boolean): ActionGroup[] {
  const groups: ActionGroup[] = [];
  for (const variant of actionVariants) {
    if (!allowed(variant.type)) continue;
    const { group, name } = splitLabel(variant.label);
    let target = groups.find((g) => g.title === group);
    if (!target) {
      target = { title: group, variants: [] };
      groups.push(target);
    }
    target.variants.push({ type: variant.type, label: variant.label, name, disruptive: variant.disruptive });
  }
  return groups;
}

/** The permission each variant needs besides sysActionCreate (spec §5.1). */
export function actionPermission(type: ActionType): string {
  return `action${type}`;
}

export function variantLabel(type: ActionType): string {
  return actionVariants.find((v) => v.type === type)?.label ?? type;
}

export function isActionType(value: string | null): value is ActionType {
  return value !== null && actionVariants.some((v) => v.type === value);
}
