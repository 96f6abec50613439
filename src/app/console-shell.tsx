import { ExpressionEditorProvider } from '../expression-editor/expression-editor-provider';
import { AppLayout } from './app-layout';
import { NavigationConfirmHost } from './navigation-confirm-host';
import { RouteOutlet } from './route-outlet';

/** The router's root: the signed-in layout around the current page, and the leave-page dialog. */
export function ConsoleShell() {
  return (
    <>
      <AppLayout>
        <ExpressionEditorProvider>
          <RouteOutlet />
        </ExpressionEditorProvider>
      </AppLayout>
      <NavigationConfirmHost />
    </>
  );
}
