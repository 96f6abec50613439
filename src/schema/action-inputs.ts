// The objects behind the two diagnostic actions, as the server's schema describes them
// (x:DmarcTroubleshoot, x:SpamClassify): inputs and server-set results in one field list, which
// the sandbox validates a create against (results may not be sent). The input parts are what the
// forms edit; the answers are read with action-results.ts.
import { z } from 'zod';
import { field } from './field-builders';
import { dmarcDispositionOptions, spamClassifyParameterOptions, spamClassifyResultOptions } from './enum-options';

const serverSet = 'serverSet' as const;

export const dmarcTroubleshootSchema = z.object({
  remoteIp: field.ipAddress({ label: 'Remote IP', section: 'Input', placeholder: '192.0.2.10', description: 'Remote IP address of the SMTP client' }),
  ehloDomain: field.string({ label: 'EHLO Domain', section: 'Input', placeholder: 'mx.example.org', description: 'EHLO domain given by the SMTP client' }),
  mailFrom: field.emailAddress({ label: 'MAIL FROM', section: 'Input', placeholder: 'alice@example.org', description: 'MAIL FROM address given by the SMTP client' }),
  to: field.stringSet({ label: 'RCPT TO', section: 'Input', default: [], description: 'RCPT TO addresses, used for DKIM2 envelope checks' }, 'emailAddress'),
  spfEhloDomain: field.string({ label: 'SPF EHLO Domain', section: 'Input', description: 'Domain for the EHLO-based SPF check' }),
  spfMailFromDomain: field.string({ label: 'SPF MAIL FROM Domain', section: 'Input', description: 'Domain for the MAIL FROM SPF check' }),
  message: field.text({ label: 'Message Body', section: 'Input', description: 'Raw message; needed for the DKIM, ARC and DMARC checks' }, { nullable: true }),
  spfEhloResult: field.object({ label: 'SPF EHLO Result', section: 'SPF Results', update: serverSet }),
  spfMailFromResult: field.object({ label: 'SPF MAIL FROM Result', section: 'SPF Results', update: serverSet }),
  ipRevResult: field.object({ label: 'Reverse DNS Result', section: 'IP Reverse DNS', update: serverSet }),
  ipRevPtr: field.object({ label: 'PTR Records', section: 'IP Reverse DNS', update: serverSet }),
  dkimResults: field.object({ label: 'DKIM Results', section: 'DKIM Results', update: serverSet }),
  dkimPass: field.boolean({ label: 'DKIM Pass', section: 'DKIM Results', update: serverSet }),
  dkim2Result: field.object({ label: 'DKIM2 Result', section: 'DKIM2 Results', update: serverSet }),
  dkim2Pass: field.boolean({ label: 'DKIM2 Pass', section: 'DKIM2 Results', update: serverSet }),
  arcResult: field.object({ label: 'ARC Result', section: 'ARC Results', update: serverSet }),
  dmarcResult: field.object({ label: 'DMARC Result', section: 'DMARC Results', update: serverSet }),
  dmarcPass: field.boolean({ label: 'DMARC Pass', section: 'DMARC Results', update: serverSet }),
  dmarcPolicy: field.enumeration({ label: 'DMARC Policy', section: 'DMARC Results', update: serverSet }, dmarcDispositionOptions),
  elapsed: field.duration({ label: 'Elapsed Time', section: 'Performance', update: serverSet }),
});

export const spamClassifySchema = z.object({
  message: field.text({ label: 'Message', section: 'Input', description: 'Raw RFC 5322 message to classify' }, { required: true }),
  remoteIp: field.ipAddress({ label: 'Remote IP', section: 'Input', placeholder: '192.0.2.10', description: 'Remote IP address of the SMTP client' }),
  ehloDomain: field.string({ label: 'EHLO Domain', section: 'Input', placeholder: 'mx.example.org', description: 'EHLO domain given by the SMTP client' }),
  authenticatedAs: field.string({ label: 'Authenticated As', section: 'Input', description: 'Authenticated identity of the SMTP client, if any' }, { nullable: true, allowEmpty: true }),
  isTls: field.boolean({ label: 'TLS Enabled', section: 'Input', default: true, description: 'Whether the SMTP connection used TLS' }),
  envFrom: field.emailAddress({ label: 'MAIL FROM', section: 'Input', placeholder: 'alice@example.org', description: 'MAIL FROM address given by the SMTP client' }),
  envFromParameters: field.enumeration(
    { label: 'MAIL FROM Parameters', section: 'Input', description: 'Body type given with MAIL FROM' },
    spamClassifyParameterOptions,
    { nullable: true },
  ),
  envRcptTo: field.stringSet({ label: 'RCPT TO', section: 'Input', default: [], description: 'RCPT TO addresses given by the SMTP client' }, 'emailAddress'),
  score: field.float({ label: 'Score', section: 'Results', update: serverSet }),
  result: field.enumeration({ label: 'Result', section: 'Results', update: serverSet }, spamClassifyResultOptions),
  tags: field.object({ label: 'Tags', section: 'Results', update: serverSet }, 'map'),
});

export const dmarcTroubleshootInputSchema = dmarcTroubleshootSchema.pick({
  remoteIp: true,
  ehloDomain: true,
  mailFrom: true,
  to: true,
  spfEhloDomain: true,
  spfMailFromDomain: true,
  message: true,
});

export const spamClassifyInputSchema = spamClassifySchema.pick({
  message: true,
  remoteIp: true,
  ehloDomain: true,
  authenticatedAs: true,
  isTls: true,
  envFrom: true,
  envFromParameters: true,
  envRcptTo: true,
});
