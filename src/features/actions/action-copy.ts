// What each action does, in words for the Actions screen: a button text unique on the page, one
// sentence of effect, and for disruptive actions the confirmation.
import type { ActionType } from '../../schema/action';

export interface ActionCopy {
  /** Button (or link) text. */
  button: string;
  description: string;
  confirm?: { title: string; message: string; confirmLabel: string };
}

export const ACTION_COPY: Record<ActionType, ActionCopy> = {
  ReloadSettings: {
    button: 'Reload server settings',
    description: 'Reads the stored configuration again and applies it on every cluster node, without a restart.',
  },
  ReloadTlsCertificates: {
    button: 'Reload TLS certificates',
    description: 'Loads the certificates again, for example after a renewal.',
  },
  ReloadLookupStores: {
    button: 'Reload lookup stores',
    description: 'Reloads the lookup stores (lists and key-value data used by rules).',
  },
  ReloadBlockedIps: {
    button: 'Reload blocked IPs',
    description: 'Reloads the list of blocked IP addresses.',
  },
  UpdateApps: {
    button: 'Update applications',
    description: 'Downloads and unpacks the web applications again.',
    confirm: {
      title: 'Update applications?',
      message: 'The web applications are downloaded and replaced now. People using them may need to reload their pages.',
      confirmLabel: 'Update applications',
    },
  },
  TroubleshootDmarc: {
    button: 'Troubleshoot DMARC',
    description: 'Checks SPF, reverse DNS, DKIM, ARC and DMARC for a sender and an optional message.',
  },
  ClassifySpam: {
    button: 'Classify a message',
    description: 'Runs the spam filter over a message and shows its score, verdict and tags.',
  },
  InvalidateCaches: {
    button: 'Invalidate all caches',
    description: 'Empties every cache on all cluster nodes.',
    confirm: {
      title: 'Invalidate all caches?',
      message: 'Every cache is emptied on all nodes. The server is slower until the caches fill again.',
      confirmLabel: 'Invalidate all caches',
    },
  },
  InvalidateNegativeCaches: {
    button: 'Invalidate negative caches',
    description: 'Forgets cached "not found" answers, so new accounts and domains are seen at once.',
  },
  PauseMtaQueue: {
    button: 'Pause queue processing',
    description: 'Stops delivering outgoing mail. Messages stay queued until processing is resumed.',
    confirm: {
      title: 'Pause queue processing?',
      message: 'No outgoing message is delivered until someone resumes queue processing. Incoming mail is still accepted.',
      confirmLabel: 'Pause queue processing',
    },
  },
  ResumeMtaQueue: {
    button: 'Resume queue processing',
    description: 'Starts delivering queued outgoing mail again.',
  },
};
