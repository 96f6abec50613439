// The contract between the form engine and a widget, and between a screen and the engine (overrides).
import type { ComponentType } from 'react';
import type { FieldDescriptor } from '../schema/field-descriptor';

export interface WidgetProps<V = unknown> {
  /** id for the widget's first (or only) input; the field's <label htmlFor> points at it. */
  id: string;
  /** id of the visible label or legend text, for controls named by aria-labelledby. */
  labelId: string;
  /** The descriptor with per-field overrides (label, description, placeholder) applied. */
  descriptor: FieldDescriptor;
  value: V;
  onChange: (value: V) => void;
  onBlur: () => void;
  readOnly: boolean;
  /** The field has an error not placed on an inner input: set aria-invalid on the main control(s). */
  invalid: boolean;
  /** ids of the help and error texts, for aria-describedby on the main control(s). */
  describedBy?: string;
  /** Errors inside the field, keyed by path relative to it ("match/0/if", "else"). */
  pathErrors: Readonly<Record<string, string>>;
  /** Extra props from the field's override (`overrides.name.props`). */
  extra: Readonly<Record<string, unknown>>;
}

// Widgets take different value types; the registry holds them side by side, so the prop type is
// widened here (a ComponentType<WidgetProps<string>> is not assignable to WidgetProps<unknown>).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type WidgetComponent = ComponentType<WidgetProps<any>>;

/**
 * How the field frame labels the widget:
 * - label: one input named by a <label htmlFor={id}> (extra inputs label themselves)
 * - group: several inputs in a <fieldset> whose <legend> is the field label
 * - display: read-only content named by aria-labelledby={labelId}
 */
export type WidgetLayout = 'label' | 'group' | 'display';

export interface WidgetRule {
  /** Name a descriptor's `widget` hint or an override's `widget: 'name'` can ask for. */
  id: string;
  /** The matching rule with the highest rank wins. */
  rank: number;
  matches: (descriptor: FieldDescriptor) => boolean;
  component: WidgetComponent;
  layout?: WidgetLayout;
  /** The widget writes null itself (empty text, a "Not set" option); otherwise nullable fields get the "Not set" wrapper. */
  handlesNull?: boolean;
  /** The widget shows errors on its inner inputs (expression rows); the frame then skips the field message when there are any. */
  showsPathErrors?: boolean;
}

export interface FieldOverride {
  /** A component, or the id of a registered rule ('textarea', 'threshold', ...). */
  widget?: WidgetComponent | string;
  /** Layout for a component given in `widget` (default 'label'). */
  layout?: WidgetLayout;
  label?: string;
  description?: string;
  placeholder?: string;
  hidden?: boolean;
  readOnly?: boolean;
  /** Passed to the widget as `extra`. */
  props?: Record<string, unknown>;
}

export type FieldOverrides = Readonly<Record<string, FieldOverride>>;
