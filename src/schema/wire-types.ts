// Primitive wire encodings of Stalwart 0.16 (API spec §3), shared by every object's wire schema.
import { z } from 'zod';

export type Id = string;
/** RFC 3339 date-time, e.g. "2026-08-21T10:00:00Z". */
export type UtcDateTime = string;
/** Integer milliseconds, > 0. */
export type DurationMs = number;
/** Integer bytes. */
export type SizeBytes = number;
/** `Set<T>` travels as an object `{member: true}`. */
export type WireSet<T extends string = string> = Partial<Record<T, true>>;
/** `List<T>` travels as an object keyed by position: `{"0": …, "1": …}`. */
export type WireList<T> = Record<string, T>;

export const wireSetSchema = z.record(z.string(), z.literal(true));
export const wireListOf = <T extends z.ZodType>(item: T) => z.record(z.string(), item);

export const expressionMatchSchema = z.object({ if: z.string(), then: z.string() });
export type ExpressionMatch = z.infer<typeof expressionMatchSchema>;

/** `x:Expression`: source strings, `match` optional and keyed by position. */
export const wireExpressionSchema = z.object({ match: wireListOf(expressionMatchSchema).optional(), else: z.string() });
export type WireExpression = z.infer<typeof wireExpressionSchema>;
