import type { IncidentRecord } from './incident-record';

/**
 * A Forge KVS value holds at most 240 KiB (forge-platform.md 2.1); the record keeps 40 KiB of
 * room so the app's own later writes (escalations, facts from Jira) always fit.
 */
export const MAX_RECORD_BYTES = 200 * 1024;

/** The record's size as stored (UTF-8 JSON). */
export const recordBytes = (record: IncidentRecord): number => new TextEncoder().encode(JSON.stringify(record)).length;
