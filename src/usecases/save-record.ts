import type { IncidentRecord } from '../domain/incident/incident-record';
import { MAX_RECORD_BYTES, recordBytes } from '../domain/incident/record-size';
import { AppError, staleRevision } from './app-error';
import type { IncidentStore } from './ports';

/** Refuses a change that would make the incident's record too large to store, before anything is written. */
export function requireRecordFits(record: IncidentRecord): void {
  const bytes = recordBytes(record);
  if (bytes <= MAX_RECORD_BYTES) return;
  throw new AppError(
    'VALIDATION_FAILED',
    `This incident's record is full (${Math.ceil(bytes / 1024)} KiB of ${MAX_RECORD_BYTES / 1024} KiB): shorten the text, or keep long material as evidence outside Jira and record its SHA-256. Nothing was saved.`,
  );
}

/** Writes a changed record only over the revision it was based on; a writer that lost the race gets CONFLICT. */
export async function saveRecord(store: IncidentStore, saved: IncidentRecord, basedOn: number): Promise<void> {
  const outcome = await store.putIfRevision(saved, basedOn);
  if (!outcome.saved) throw staleRevision(outcome.currentRevision);
}
