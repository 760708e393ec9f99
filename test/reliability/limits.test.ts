/**
 * Limits: an incident's record never outgrows a Forge KVS value (240 KiB), its issue-property
 * mirror never outgrows Jira's 32,768 characters, and every payload the UIs may send stays under
 * the 500 kB invoke limit; past a limit the user gets a clear message and nothing is stored.
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import { MAX_RECORD_BYTES, recordBytes } from '../../src/domain/incident/record-size';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { TEXT_LIMITS } from '../../src/shared/resolver-contract';
import { createIssue, createTestSite, panelCalls } from '../support/test-site';
import { recordRow } from './ledger';

let site: Site;
beforeAll(() => {
  site = createTestSite();
});
afterAll(async () => {
  await site.close();
});
const { call } = panelCalls(() => site);

const long = (n: number, c: string) => c.repeat(n);

describe('limits', () => {
  it('refuses the change that would overfill an incident record, with a clear message, and keeps what was stored', async () => {
    const issue = createIssue(site);
    const stored = async () => (await kvs.get<IncidentRecord>(storageKeys.incident(issue.id)))!;
    let revision = 0;
    let refused: { code: string; message: string } | null = null;
    let writes = 0;
    const holderA = long(TEXT_LIMITS.recipient, 'A');
    const holderB = long(TEXT_LIMITS.recipient, 'B');
    const attempt = async (payload: object) => {
      const res = await call(issue, 'response/record', { expectedRevision: revision, ...payload });
      if (res.ok) {
        revision++;
        writes++;
        return true;
      }
      refused = res.error;
      return false;
    };
    // Evidence at the longest allowed fields, then custody hand-offs, until the app says stop.
    for (let i = 0; i < 200 && !refused; i++) {
      await attempt({
        action: 'evidence',
        item: long(TEXT_LIMITS.evidenceItem, 'i'),
        sha256: 'a'.repeat(64),
        source: long(TEXT_LIMITS.recipient, 's'),
        collectedBy: holderA,
        collectedAt: '2026-11-20T10:00:00.000Z',
      });
    }
    for (let e = 1; e <= 200 && !refused; e++) {
      for (let h = 0; h < 50 && !refused; h++) {
        await attempt({
          action: 'custody',
          evidenceId: `ev-${e}`,
          from: h % 2 === 0 ? holderA : holderB,
          to: h % 2 === 0 ? holderB : holderA,
          at: '2026-11-20T11:00:00.000Z',
          why: long(TEXT_LIMITS.reason, 'w'),
        });
      }
    }
    const record = await stored();
    const property = JSON.stringify(site.issues.find(issue.key)!.properties[INCIDENT_PROPERTY_KEY]);
    recordRow(__filename, {
      area: 'limits',
      check: `record under 240 KiB (${writes} writes, then refused at ${Math.round(recordBytes(record) / 1024)} KiB)`,
      tried: writes + 1,
      held: refused ? writes + 1 : writes,
      lost: refused ? 0 : 1,
    });
    recordRow(__filename, {
      area: 'limits',
      check: `issue property under 32,768 characters (${property.length})`,
      tried: 1,
      held: property.length <= 32_768 ? 1 : 0,
      lost: property.length <= 32_768 ? 0 : 1,
    });
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/^This incident's record is full( for this change)? \(\d+ KiB of \d+ KiB/),
    });
    expect(recordBytes(record)).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    expect(record.revision).toBe(revision);
    expect(property.length).toBeLessThanOrEqual(32_768);
    // The full incident still opens.
    expect(await call(issue, 'incident/get', {})).toMatchObject({ ok: true, data: { incident: { revision } } });
  }, 120_000);
});

describe('the invoke request limit', () => {
  it('is enforced by the local site as by Forge (the app never runs), and the largest text a UI may send fits', async () => {
    const issue = createIssue(site);
    const tooLarge = { kind: 'note', text: 'x'.repeat(600_000) };
    await expect(call(issue, 'timeline/add', tooLarge)).rejects.toThrow(/The invoke payload is \d+ bytes; the limit is 500000/);
    // Evidence content is the largest text field: 100,000 characters of three-byte text is 300 kB.
    const largest = {
      expectedRevision: 0,
      action: 'evidence',
      item: 'Mail export',
      content: '€'.repeat(TEXT_LIMITS.evidenceContent),
      source: 'Mail gateway',
      collectedBy: 'Riley',
      collectedAt: '2026-11-20T10:00:00.000Z',
    };
    expect(Buffer.byteLength(JSON.stringify(largest))).toBeLessThan(500_000);
    expect(await call(issue, 'response/record', largest)).toMatchObject({ ok: true });
    recordRow(__filename, { area: 'limits', check: 'invoke request over 500 kB refused before the app runs; largest field fits', tried: 2, held: 2, lost: 0 });
  });
});
