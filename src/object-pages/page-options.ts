// What an object's own screens may add to the generic pages, and the words the pages build from a
// definition's screens part (noun, title, label property).
import type { ReactNode } from 'react';
import type { ObjectDefinition, ObjectScreens } from '../schema/define-object';
import type { Id } from '../schema/wire-types';

/** One row of a list: the listed properties of one object, as /get answers them. */
export type ObjectRow = { id: Id } & Record<string, unknown>;
type Model = Record<string, unknown>;

/**
 * What only one object needs on its pages. Every part is optional; without any the pages are
 * built from the definition alone. Hooks here are called on every render of their page.
 */
export interface ObjectPageOverrides {
  /** How one object is named to people (default: its label property, or its first column). */
  labelOf?: (row: ObjectRow) => string;
  /** A column's cell, by property, instead of the field's value as text. */
  cells?: Readonly<Record<string, (row: ObjectRow) => ReactNode>>;
  /** Properties the list reads besides its columns (for the cells above). */
  listProperties?: readonly string[];
  /** What deleting one changes, after the confirmation's question. */
  deleteConsequence?: (row: ObjectRow) => string;
  /** The line under the heading of the create page. */
  createSubtitle?: string;
  /** The form's warnings (shown, never blocking) for object `selfId`, null while creating. */
  useWarnings?: (selfId: Id | null) => (model: Model) => Record<string, string>;
}

/** A definition that has screens: the only kind the generic pages serve. */
export type ScreenDefinition = ObjectDefinition & { screens: ObjectScreens };

export function hasScreens(definition: ObjectDefinition): definition is ScreenDefinition {
  return definition.screens !== undefined;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The list page's heading: the screens' title, or the plural noun. */
export function listTitle(screens: ObjectScreens): string {
  return screens.title ?? capitalize(screens.noun.plural);
}

export function objectPath(screens: ObjectScreens, id: Id): string {
  return `${screens.basePath}/${encodeURIComponent(id)}`;
}

export function newObjectPath(screens: ObjectScreens): string {
  return `${screens.basePath}/new`;
}

/** The default name of one object: its label property, else its first column, else its id. */
export function defaultLabel(screens: ObjectScreens, row: ObjectRow): string {
  const property = screens.labelProperty ?? screens.columns[0]?.property;
  const value = property === undefined ? undefined : row[property];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : row.id;
}

export function labelOf(definition: ScreenDefinition, overrides: ObjectPageOverrides, row: ObjectRow): string {
  return overrides.labelOf?.(row) ?? defaultLabel(definition.screens, row);
}

/** A form's id (and its fields' id prefix): the singular noun, as an HTML id. */
export function formId(screens: ObjectScreens): string {
  return screens.noun.singular.replace(/\s+/g, '-');
}
