// x:MtaMilter: a Milter filter endpoint (Settings › MTA › Filters › Milters).
import { z } from 'zod';
import { field } from './field-builders';
import { milterVersionOptions, mtaStageOptions } from './enum-options';

const settings = 'Milter settings';
const options = 'Options';
const timeouts = 'Timeouts';
// The server stores these as u64 and takes any value, but the milter protocol carries them in
// 32 bits (a frame's length prefix; the negotiation flags, which the server cuts to u32): the
// console refuses more, the server and the sandbox do not.
const MILTER_U32_MAX = 4_294_967_295;

export const mtaMilterSchema = z.object({
  hostname: field.string({
    label: 'Hostname',
    section: settings,
    placeholder: '127.0.0.1',
    description: 'Hostname or IP address of the server where the Milter filter is running',
  }),
  port: field.unsignedInteger(
    { label: 'Port', section: settings, placeholder: '11332', default: 11332, description: 'Network port on the Milter filter host server' },
    { min: 1, max: 65535 },
  ),
  enable: field.expression({
    label: 'Enable',
    section: settings,
    context: 'MtaRcptToVariable',
    default: { match: [], else: 'true' },
    description: 'Expression that determines whether to enable this milter',
  }),
  useTls: field.boolean({
    label: 'Enable TLS',
    section: settings,
    default: false,
    description: 'Whether to use TLS for the connection to the Milter server',
  }),
  allowInvalidCerts: field.boolean({
    label: 'Allow Invalid Certs',
    section: settings,
    default: false,
    description: 'Whether to connect to a Milter server that has an invalid TLS certificate',
  }),
  stages: field.enumSet(
    { label: 'Run on stages', section: options, default: ['data'], description: 'Which SMTP stages to run the milter on' },
    mtaStageOptions,
    1,
  ),
  maxResponseSize: field.size({
    label: 'Max Response',
    section: options,
    default: 52428800,
    description: 'Largest response, in bytes, accepted from this Milter server',
  }, { consoleMax: MILTER_U32_MAX }),
  protocolVersion: field.enumeration(
    { label: 'Protocol Version', section: options, default: 'v6', description: 'Version of the Milter protocol to use' },
    milterVersionOptions,
  ),
  tempFailOnError: field.boolean({
    label: 'TempFail on Error',
    section: options,
    default: true,
    description: 'Answer with a temporary failure when the Milter server cannot be reached or errs',
  }),
  flagsAction: field.unsignedInteger(
    { label: 'Action Flags', section: options, description: 'Optional action flags for the Milter connection' },
    { consoleMax: MILTER_U32_MAX },
    { nullable: true },
  ),
  flagsProtocol: field.unsignedInteger(
    { label: 'Protocol Flags', section: options, description: 'Optional protocol flags for the Milter connection' },
    { consoleMax: MILTER_U32_MAX },
    { nullable: true },
  ),
  timeoutConnect: field.duration({
    label: 'Connection',
    section: timeouts,
    default: 30000,
    description: 'How long to wait to establish a connection with the Milter server',
  }),
  timeoutCommand: field.duration({
    label: 'Command',
    section: timeouts,
    default: 30000,
    description: 'How long to wait to send a command to the Milter server',
  }),
  timeoutData: field.duration({
    label: 'Data',
    section: timeouts,
    default: 60000,
    description: 'How long to wait for a response from the Milter server',
  }),
});
export type MtaMilterModel = z.infer<typeof mtaMilterSchema>;
