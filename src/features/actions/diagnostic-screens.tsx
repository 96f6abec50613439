// The screen of each diagnostic variant (/management/actions?run=<variant>). Keyed by every
// diagnostic variant of the registry, so a new one does not compile without its screen.
import type { ComponentType } from 'react';
import { isActionType, isDiagnosticAction, type DiagnosticActionType } from '../../schema/action';
import { ClassifySpamScreen } from './classify-spam-screen';
import { DmarcScreen } from './dmarc-screen';

export interface DiagnosticScreen {
  /** The page title, also the document title. */
  title: string;
  Screen: ComponentType;
}

const DIAGNOSTIC_SCREENS: { [K in DiagnosticActionType]: DiagnosticScreen } = {
  TroubleshootDmarc: { title: 'DMARC troubleshooting', Screen: DmarcScreen },
  ClassifySpam: { title: 'Classify a message', Screen: ClassifySpamScreen },
};

/** The screen a ?run= value names, with its variant; undefined for anything but a diagnostic variant. */
export function diagnosticScreen(run: string | null): (DiagnosticScreen & { type: DiagnosticActionType }) | undefined {
  if (!isActionType(run) || !isDiagnosticAction(run)) return undefined;
  return { type: run, ...DIAGNOSTIC_SCREENS[run] };
}
