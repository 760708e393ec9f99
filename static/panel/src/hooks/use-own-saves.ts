/**
 * Saves from one panel go one at a time, and a revision the panel itself moved on is read as the one
 * it moved to. A responder works fast: a runbook tick clicked while their role change is still saving
 * must not be refused as "changed elsewhere" because of their own change. Someone else's change still
 * conflicts, as the resolver's revision check intends.
 */
import { useRef } from 'react';
import type { Envelope, ErrorBody } from '../../../../src/shared/envelope';
import type { IncidentView } from '../../../../src/shared/resolver-contract';

export function useOwnSaves<A extends { expectedRevision: number }>(
  save: (action: A) => Promise<Envelope<IncidentView>>,
  onSaved: (view: IncidentView) => void,
): (action: A) => Promise<ErrorBody | null> {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const ownMoves = useRef(new Map<number, number>());
  return (action) => {
    const run = async () => {
      let expectedRevision = action.expectedRevision;
      while (ownMoves.current.has(expectedRevision)) expectedRevision = ownMoves.current.get(expectedRevision)!;
      const result = await save({ ...action, expectedRevision });
      if (!result.ok) return result.error;
      ownMoves.current.set(expectedRevision, result.data.incident.revision);
      onSaved(result.data);
      return null;
    };
    const next = queue.current.then(run, run);
    queue.current = next;
    return next;
  };
}
