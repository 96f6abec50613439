/** One resource record read from a master file. Owner and target names are absolute, lower case, with the trailing dot. */
export type ZoneRecord =
  | (RecordBase & { type: 'A'; address: string })
  | (RecordBase & { type: 'AAAA'; address: string })
  | (RecordBase & { type: 'MX'; priority: number; exchange: string })
  | (RecordBase & { type: 'TXT'; strings: string[] })
  | (RecordBase & { type: 'PTR'; target: string })
  | (RecordBase & { type: 'CNAME'; target: string })
  | (RecordBase & { type: 'NS'; target: string })
  | (RecordBase & { type: 'TLSA'; usage: number; selector: number; matchingType: number; data: string })
  | (RecordBase & {
      type: 'SOA';
      mname: string;
      rname: string;
      serial: number;
      refresh: number;
      retry: number;
      expire: number;
      minimum: number;
    });

interface RecordBase {
  name: string;
  ttl: number;
  class: ZoneClass;
  /** Where the record started, for messages about it. */
  source: { file?: string; line: number };
}

export type ZoneClass = 'IN' | 'CH' | 'HS';
export type ZoneRecordType = ZoneRecord['type'];

export const ZONE_RECORD_TYPES: readonly ZoneRecordType[] = ['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME', 'NS', 'SOA', 'TLSA'];
export const ZONE_CLASSES: readonly ZoneClass[] = ['IN', 'CH', 'HS'];

/** A malformed master file; `line` is 1-based. */
export class ZoneParseError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly file?: string,
  ) {
    super(`${file ?? 'zone'}:${line}: ${reason}`);
    this.name = 'ZoneParseError';
  }
}
