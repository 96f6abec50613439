// What the milter pages have of their own on top of the generic object pages: a milter is named
// by host and port, the list reads its `enable` expression and its TLS setting in words, the
// delete names the SMTP stages it runs at, and the form warns about a second milter on one port.
import type { ObjectPageOverrides, ObjectRow } from '../../object-pages/page-options';
import type { WireExpression } from '../../schema/wire-types';
import { Badge, type BadgeTone } from '../../ui/badge';
import { enableCondition, enableSummary, type EnableSummary } from './milter-enable-summary';
import { milterLabel } from './milter-paths';
import type { MilterRow } from './milter-queries';
import { stageList } from './milter-stages';
import { useDuplicateWarnings } from './use-duplicate-warnings';
import './milters.css';

const tones: Record<EnableSummary, BadgeTone> = { Always: 'success', Never: 'neutral', Conditional: 'info' };

const asMilter = (row: ObjectRow) => row as unknown as MilterRow;

function EnableCell({ enable }: { enable: WireExpression | undefined }) {
  const summary = enableSummary(enable);
  const condition = enableCondition(enable);
  return (
    <>
      <Badge tone={tones[summary]}>{summary}</Badge>
      {condition && <code className="milter-condition">{condition}</code>}
    </>
  );
}

function tlsText(milter: MilterRow): string {
  if (!milter.useTls) return 'No';
  return milter.allowInvalidCerts ? 'Yes, invalid certificates allowed' : 'Yes';
}

const milterPageOverrides: ObjectPageOverrides = {
  labelOf: (row) => milterLabel(asMilter(row)),
  listProperties: ['allowInvalidCerts'],
  cells: {
    stages: (row) => stageList(asMilter(row).stages),
    enable: (row) => <EnableCell enable={asMilter(row).enable} />,
    useTls: (row) => tlsText(asMilter(row)),
  },
  deleteConsequence: (row) => {
    const stages = stageList(asMilter(row).stages);
    return stages
      ? `It runs at these SMTP stages: ${stages}. Messages will no longer be passed to it there.`
      : 'Messages will no longer be passed to it.';
  },
  createSubtitle: 'A Milter filter that inspects messages during the SMTP session',
  useWarnings: useDuplicateWarnings,
};

export default milterPageOverrides;
