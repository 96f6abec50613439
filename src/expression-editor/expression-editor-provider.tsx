// Installs the language-aware input into the form engine's Expression widget for everything
// below it. The app shell wraps its routes in this once.
import type { ReactNode } from 'react';
import { ExpressionEditorSlot } from '../forms/expression-editor-slot';
import { renderExpressionInput } from './expression-input';

export function ExpressionEditorProvider({ children }: { children: ReactNode }) {
  return <ExpressionEditorSlot.Provider value={renderExpressionInput}>{children}</ExpressionEditorSlot.Provider>;
}
