// The seam where the language-aware expression editor replaces the plain text inputs of the
// Expression widget: provide a renderer through this context (or per field as overrides.x.props.renderInput).
import { createContext, type ReactNode } from 'react';
import type { ExpressionModel } from '../schema/field-builders';

export interface ExpressionInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Variable context the source is checked against, e.g. "MtaRcptToVariable". */
  contextName: string;
  /** Server or client message for this input, already shown below it by the widget. */
  error?: string;
  /** Mark the input invalid (aria-invalid): it has an error, here or on the whole field. */
  invalid: boolean;
  /** Accessible name, e.g. "Condition 2". */
  ariaLabel: string;
  /** ids for aria-describedby (the error text when there is one). */
  describedBy?: string;
  readOnly: boolean;
  /** Which part of the expression this input holds. */
  part: 'if' | 'then' | 'else';
}

export type ExpressionInputRenderer = (props: ExpressionInputProps) => ReactNode;

export const ExpressionEditorSlot = createContext<ExpressionInputRenderer | null>(null);

/** Something shown under a whole Expression field, e.g. a panel to try it on sample values. */
export type ExpressionPanelRenderer = (props: { id: string; model: ExpressionModel; contextName: string }) => ReactNode;

export const ExpressionPanelSlot = createContext<ExpressionPanelRenderer | null>(null);
