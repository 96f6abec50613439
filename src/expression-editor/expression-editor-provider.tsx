// Installs the language-aware input and the "Try it" panel into the form engine's Expression
// widget for everything below it. The app shell wraps its routes in this once.
import type { ReactNode } from 'react';
import { ExpressionEditorSlot, ExpressionPanelSlot, type ExpressionPanelRenderer } from '../forms/expression-editor-slot';
import { renderExpressionInput } from './expression-input';
import { TryItPanel } from './try-it-panel';

const renderTryIt: ExpressionPanelRenderer = ({ id, model, contextName }) => <TryItPanel id={id} model={model} contextName={contextName} />;

export function ExpressionEditorProvider({ children }: { children: ReactNode }) {
  return (
    <ExpressionEditorSlot.Provider value={renderExpressionInput}>
      <ExpressionPanelSlot.Provider value={renderTryIt}>{children}</ExpressionPanelSlot.Provider>
    </ExpressionEditorSlot.Provider>
  );
}
