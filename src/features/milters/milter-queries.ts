// x:MtaMilter reads: the object layer's queries, with the properties the list shows.
import type { JmapClient } from '../../jmap/client';
import type { MtaMilter } from '../../catalog/mta-milter';
import type { Id } from '../../schema/wire-types';
import { listQueries } from '../../objects/object-queries';
import type { Loaded } from '../../objects/save-object';

export const milterObject = { name: 'x:MtaMilter' } as const;
const milters = listQueries(milterObject);

const listProperties = ['hostname', 'port', 'stages', 'enable', 'useTls', 'allowInvalidCerts'] as const;
export type MilterRow = Pick<MtaMilter, 'id' | (typeof listProperties)[number]>;
export type LoadedMilter = Loaded<MtaMilter>;

/** Every milter, in one request: /query, then /get through a result reference to its ids. */
export const milterListQuery = (client: JmapClient, accountId: Id) => milters.list<MilterRow>({ client, accountId }, listProperties);
/** One milter, or null when it does not exist. */
export const milterDetailQuery = (client: JmapClient, accountId: Id, id: Id) => milters.detail({ client, accountId }, id);
