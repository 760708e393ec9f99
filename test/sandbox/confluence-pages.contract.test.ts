/**
 * The emulated Confluence REST v2 pages follow the documented contract
 * (https://developer.atlassian.com/cloud/confluence/rest/v2/api-group-page/): create, unique
 * titles per space, updates that name the next version, ADF bodies validated, and a site
 * without Confluence answering 404.
 */
import api, { route } from '@forge/api';
import type { Site } from '../../sandbox/site';
import { createTestSite } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const adf = (text: string) => JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const confluence = (path: ReturnType<typeof route>, method = 'GET', body?: unknown) =>
  api.asApp().requestConfluence(path, { method, headers: { 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });

describe('Confluence pages (v2)', () => {
  it('creates a page, refuses a second page with the same title, updates only with the next version', async () => {
    const spaces = (await (await confluence(route`/wiki/api/v2/spaces?keys=IR`)).json()) as { results: { id: string }[] };
    const spaceId = spaces.results[0]!.id;
    const created = await confluence(route`/wiki/api/v2/pages`, 'POST', {
      spaceId,
      status: 'current',
      title: 'SEC-1 postmortem',
      body: { representation: 'atlas_doc_format', value: adf('v1') },
    });
    expect(created.status).toBe(200);
    const page = (await created.json()) as { id: string; version: { number: number }; _links: { webui: string; base: string } };
    expect(page.version.number).toBe(1);
    expect(page._links).toEqual({ webui: `/spaces/IR/pages/${page.id}`, base: 'http://localhost/wiki' });
    expect(
      (
        await confluence(route`/wiki/api/v2/pages`, 'POST', {
          spaceId,
          title: 'SEC-1 postmortem',
          body: { representation: 'atlas_doc_format', value: adf('dup') },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await confluence(route`/wiki/api/v2/pages/${page.id}`, 'PUT', {
          id: page.id,
          title: 'SEC-1 postmortem',
          body: { representation: 'atlas_doc_format', value: adf('v2') },
          version: { number: 1 },
        })
      ).status,
    ).toBe(409);
    const updated = await confluence(route`/wiki/api/v2/pages/${page.id}`, 'PUT', {
      id: page.id,
      status: 'current',
      title: 'SEC-1 postmortem',
      body: { representation: 'atlas_doc_format', value: adf('v2') },
      version: { number: 2 },
    });
    expect(updated.status).toBe(200);
    const read = (await (await confluence(route`/wiki/api/v2/pages/${page.id}?body-format=atlas_doc_format`)).json()) as {
      version: { number: number };
      body: { atlas_doc_format: { value: string } };
    };
    expect(read.version.number).toBe(2);
    expect(read.body.atlas_doc_format.value).toBe(adf('v2'));
    const found = (await (await confluence(route`/wiki/api/v2/pages?space-id=${spaceId}&title=${'SEC-1 postmortem'}`)).json()) as { results: { id: string }[] };
    expect(found.results.map((p) => p.id)).toEqual([page.id]);
  });

  it('refuses an ADF body that does not validate against the schema', async () => {
    const bad = JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'script', text: 'x' }] }] });
    const res = await confluence(route`/wiki/api/v2/pages`, 'POST', {
      spaceId: '98305',
      title: 'Bad',
      body: { representation: 'atlas_doc_format', value: bad },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(site.state.confluence!.pages)).toEqual([]);
  });

  it('a site without Confluence answers 404', async () => {
    site.hasConfluence = false;
    expect((await confluence(route`/wiki/api/v2/spaces?keys=IR`)).status).toBe(404);
  });
});
