/**
 * The alerts-in web trigger is static: what a sender reads is the manifest's outputs, and the code
 * names them by key. The two must agree word for word, or a refusal would arrive with the wrong status.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ALERT_OUTPUTS, alertOutputBody, type AlertOutputKey } from '../../src/domain/alerts/alert-outputs';

interface Output {
  key: string;
  statusCode: number;
  contentType?: string;
  body?: string;
}

const manifest = parse(readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8')) as {
  modules: { webtrigger: { key: string; urlFormat: string; response: { type: string; outputs: Output[] } }[] };
};
const trigger = manifest.modules.webtrigger.find((w) => w.key === 'alerts-in')!;

/** Where the declared outputs and the code's list differ, in words; empty when they agree. */
function mismatches(declared: readonly Output[]): string[] {
  const expected = (Object.keys(ALERT_OUTPUTS) as AlertOutputKey[]).map((key) => ({
    key,
    statusCode: ALERT_OUTPUTS[key].statusCode,
    contentType: 'application/json',
    body: alertOutputBody(key),
  }));
  const problems = expected.filter((e) => !declared.some((d) => JSON.stringify(d) === JSON.stringify(e))).map((e) => `${e.key} differs or is missing`);
  return [...problems, ...declared.filter((d) => !(d.key in ALERT_OUTPUTS)).map((d) => `${d.key} is not in alert-outputs.ts`)];
}

describe('the alerts-in web trigger in manifest.yml', () => {
  it('is static, on URL format v2, and declares exactly the outputs the code answers with', () => {
    expect(trigger).toMatchObject({ urlFormat: 'v2', response: { type: 'static' } });
    expect(mismatches(trigger.response.outputs)).toEqual([]);
    // Forge's limits for static outputs (@forge/manifest's ResponseOptions): at most 20, bodies of at most 1,024 characters.
    expect(trigger.response.outputs.length).toBeLessThanOrEqual(20);
    for (const o of trigger.response.outputs) expect((o.body ?? '').length).toBeLessThanOrEqual(1024);
  });

  it('only "busy" and "jira-refused" ask senders to retry (a 5xx); every refusal of the request is a 4xx they do not retry', () => {
    const retried = trigger.response.outputs.filter((o) => o.statusCode >= 500).map((o) => o.key);
    expect(retried).toEqual(['busy', 'jira-refused']);
  });

  it('a drifted output is caught (negative control)', () => {
    const drifted = trigger.response.outputs.map((o) => (o.key === 'unauthorized' ? { ...o, statusCode: 403 } : o));
    expect(mismatches(drifted)).toEqual(['unauthorized differs or is missing']);
    expect(mismatches([...trigger.response.outputs, { key: 'teapot', statusCode: 418 }])).toEqual(['teapot is not in alert-outputs.ts']);
  });
});
