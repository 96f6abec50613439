// Filter of x:QueuedMessage/query, parsed the way Stalwart's registry query does: a flat AND of
// conditions ("operator": "AND" groups are flattened), `<prop>Is<Op>` comparison keys, and any
// condition the queue can't apply refused with unsupportedFilter.
import type { JsonObject, MethodError } from '../jmap/method-types';
import { parseUtcDateTime } from './utc-date';

export interface QueueFilter {
  text: string | null;
  to: string | null;
  returnPath: string | null;
  queueName: string | null;
  /** Inclusive due range in Unix seconds. */
  dueFrom: number;
  dueTo: number;
}

export const MAX_QUEUE_NAME = 8;

type Parsed = { ok: true; filter: QueueFilter } | { ok: false; error: MethodError };

const unsupported = (description: string): Parsed => ({ ok: false, error: { type: 'unsupportedFilter', description } });
const invalidCondition = (property: string): Parsed => unsupported(`Filter on property ${property} is not supported or invalid`);

const DUE_OPS: Record<string, (due: number) => [number, number]> = {
  due: (d) => [d, d],
  dueIsGreaterThan: (d) => [d + 1, Infinity],
  dueIsGreaterThanOrEqual: (d) => [d, Infinity],
  dueIsLessThan: (d) => [-Infinity, d - 1],
  dueIsLessThanOrEqual: (d) => [-Infinity, d],
};

export function parseQueueFilter(filter: JsonObject | null): Parsed {
  const out: QueueFilter = { text: null, to: null, returnPath: null, queueName: null, dueFrom: -Infinity, dueTo: Infinity };
  const conditions: JsonObject[] = [];
  if (filter) {
    const failed = flatten(filter, conditions);
    if (failed) return failed;
  }
  for (const condition of conditions) {
    for (const [key, value] of Object.entries(condition)) {
      if (key === 'text' || key === 'to' || key === 'returnPath') {
        if (typeof value !== 'string') return invalidCondition(key);
        out[key] = value;
      } else if (key === 'queueName') {
        // Stalwart's QueueName holds 1 to 8 bytes; anything else can't name a queue.
        if (typeof value !== 'string' || value.length === 0 || Buffer.byteLength(value) > MAX_QUEUE_NAME) {
          return invalidCondition(key);
        }
        out.queueName = value;
      } else if (Object.hasOwn(DUE_OPS, key)) {
        const due = parseUtcDateTime(value);
        if (due === null) return invalidCondition('due');
        const [from, to] = (DUE_OPS[key] as (d: number) => [number, number])(due);
        out.dueFrom = Math.max(out.dueFrom, from);
        out.dueTo = Math.min(out.dueTo, to);
        // The server refuses a due range that can match nothing rather than answering empty.
        if (out.dueFrom > out.dueTo) return invalidCondition('due');
      } else {
        return invalidCondition(key.replace(/Is(GreaterThan|GreaterThanOrEqual|LessThan|LessThanOrEqual)$/, ''));
      }
    }
  }
  return { ok: true, filter: out };
}

/** Collects the conditions of nested AND operators; OR and NOT are refused. */
function flatten(node: JsonObject, into: JsonObject[]): Parsed | null {
  if (!('operator' in node)) {
    into.push(node);
    return null;
  }
  if (node.operator !== 'AND') {
    if (node.operator === 'OR' || node.operator === 'NOT') return unsupported('Only AND is supported in filters');
    return { ok: false, error: { type: 'invalidArguments', description: 'Invalid filter operator' } };
  }
  if (!Array.isArray(node.conditions)) {
    return { ok: false, error: { type: 'invalidArguments', description: 'Filter operator without conditions' } };
  }
  for (const child of node.conditions) {
    if (typeof child !== 'object' || child === null || Array.isArray(child)) {
      return { ok: false, error: { type: 'invalidArguments', description: 'Invalid filter condition' } };
    }
    const failed = flatten(child as JsonObject, into);
    if (failed) return failed;
  }
  return null;
}
