// Two milters on one host and port are almost always a mistake (the same filter run twice), but
// the server allows it: the form warns next to the host name and still lets the person save.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useConnection } from '../../session/connection-context';
import { milterLabel } from './milter-paths';
import { milterListQuery, type MilterRow } from './milter-queries';

type Model = Record<string, unknown>;

export function duplicateOf(rows: readonly MilterRow[], selfId: string | null, model: Model): MilterRow | undefined {
  const hostname = typeof model.hostname === 'string' ? model.hostname.trim().toLowerCase() : '';
  if (hostname === '' || typeof model.port !== 'number') return undefined;
  return rows.find((row) => row.id !== selfId && row.port === model.port && row.hostname.trim().toLowerCase() === hostname);
}

/** The form's `warnings` for the milter `selfId` (null while creating). */
export function useDuplicateWarnings(selfId: string | null): (model: Model) => Record<string, string> {
  const { client, accountId } = useConnection();
  const { data: rows } = useQuery(milterListQuery(client, accountId));
  return useCallback(
    (model: Model): Record<string, string> => {
      const duplicate = rows && duplicateOf(rows, selfId, model);
      if (!duplicate) return {};
      return { hostname: `Another milter already uses ${milterLabel(duplicate)}. Check that this is not the same filter twice.` };
    },
    [rows, selfId],
  );
}
