/**
 * The Automation actions in manifest.yml, and negative controls: @forge/manifest's full validation
 * (the judge test/manifest/manifest.test.ts runs on the real file) refuses what Atlassian does not
 * allow an action: an input of a type other than string, integer, number or boolean, a provider of
 * more than 20 actions, outputs without their outputContext, a provider naming no such action.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { parse, stringify } from 'yaml';
import { loadManifest } from '../../sandbox/manifest';
import { read, REPO } from '../support/repo-files';

type Raw = { modules: { action: Record<string, any>[]; 'automation:actionProvider': { key: string; actions: string[] }[] } }; // eslint-disable-line @typescript-eslint/no-explicit-any

const ACTIONS = ['declare-incident-action', 'add-timeline-entry-action', 'set-impact-urgency-action'];
let dir: string;

beforeAll(() => {
  // A copy of manifest.yml validated beside the real src/ and static/, as the CLI checks handlers and resources.
  dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  symlinkSync(join(REPO, 'src'), join(dir, 'src'));
  symlinkSync(join(REPO, 'static'), join(dir, 'static'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The error messages @forge/manifest gives manifest.yml as `change` leaves it. */
async function errorsOf(change: (m: Raw) => void): Promise<string[]> {
  const manifest = parse(read('manifest.yml')) as Raw;
  change(manifest);
  writeFileSync(join(dir, 'manifest.yml'), stringify(manifest));
  const processor = ProcessorBuilder.instance()
    .withValidation(ValidationTypes.FULL)
    .withOptions({ deprecatedRuntimes: ['nodejs20.x', 'nodejs18.x', 'sandbox'] })
    .build();
  return ((await processor.process(join(dir, 'manifest.yml'))).errors ?? []).map((e) => e.message);
}

describe('the Automation actions in manifest.yml', () => {
  it('are three action modules, all listed by one actionProvider, with string inputs and a function each', () => {
    const manifest = loadManifest(join(REPO, 'manifest.yml'));
    expect(manifest.actions.map((a) => [a.key, a.inAutomation])).toEqual(ACTIONS.map((k) => [k, true]));
    for (const action of manifest.actions) {
      expect(Object.values(action.inputs).map((i) => i.type)).toEqual(Object.values(action.inputs).map(() => 'string'));
      expect(action.inputs.issueKey).toEqual({ type: 'string', required: true, nullable: false });
      expect(manifest.functions.map((f) => f.key)).toContain(action.function);
    }
    // Not UI modules: the shell hosts no page for them.
    expect(manifest.modules.filter((m) => m.type === 'action' || m.type === 'automation:actionProvider')).toEqual([]);
  });

  it.each([
    [
      'an input of type object',
      (m: Raw) => {
        m.modules.action[0]!.inputs.issueKey.type = 'object';
      },
      /action inputs issueKey property type 'object' allowed values are 'boolean', 'integer', 'number', 'string'/,
    ],
    [
      'a provider of 21 actions',
      (m: Raw) => {
        const first = m.modules.action[0]!;
        for (let i = m.modules.action.length; i < 21; i++) m.modules.action.push({ ...first, key: `extra-action-${i}` });
        m.modules['automation:actionProvider'][0]!.actions = m.modules.action.map((a) => a.key as string);
      },
      /automation:actionProvider property actions must NOT have more than 20 items/,
    ],
    [
      'outputs without outputContext',
      (m: Raw) => {
        delete m.modules.action[0]!.outputContext;
      },
      /action required properties are/,
    ],
    [
      'a provider naming an action that does not exist',
      (m: Raw) => {
        m.modules['automation:actionProvider'][0]!.actions.push('no-such-action');
      },
      /references undefined action module with key 'no-such-action'/,
    ],
  ])('are refused by @forge/manifest with %s', async (_name, change, message) => {
    expect((await errorsOf(() => undefined)).filter((e) => message.test(e))).toEqual([]);
    expect((await errorsOf(change)).filter((e) => message.test(e))).toHaveLength(1);
  });
});
