// x:MtaMilter reads of the milters' own screens: every milter's host and port (the duplicate warning).
import type { JmapClient } from '../../jmap/client';
import type { MtaMilter } from '../../catalog/mta-milter';
import type { Id } from '../../schema/wire-types';
import { listQueries } from '../../objects/object-queries';

const milters = listQueries({ name: 'x:MtaMilter' } as const);

const listProperties = ['hostname', 'port', 'stages', 'enable', 'useTls', 'allowInvalidCerts'] as const;
export type MilterRow = Pick<MtaMilter, 'id' | (typeof listProperties)[number]>;

/** Every milter, in one request: /query, then /get through a result reference to its ids. */
export const milterListQuery = (client: JmapClient, accountId: Id) => milters.list<MilterRow>({ client, accountId }, listProperties);
