/**
 * Atlassian's API documents where @forge/lint's permission check reads them offline
 * (USE_LOCAL_SWAGGER and its LOCAL_*_SWAGGER variables; forge-platform.md 7.5): the Jira platform
 * document kept in sandbox/reference, and Jira Service Management's and Confluence v2's operations
 * the app calls, from the table in sandbox/reference/documented-operations.ts. Products the app does
 * not call get an empty document.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asOpenApiPaths, CONFLUENCE_V2_OPERATIONS, JSM_OPERATIONS } from '../../sandbox/reference/documented-operations';
import { REPO } from './repo-files';

export function useLocalSwagger(): void {
  const dir = mkdtempSync(join(tmpdir(), 'swagger-'));
  const write = (name: string, doc: object) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  };
  const empty = write('empty.json', { paths: {} });
  Object.assign(process.env, {
    USE_LOCAL_SWAGGER: '1',
    LOCAL_JIRA_SWAGGER: join(REPO, 'sandbox', 'reference', 'jira-platform-v3.openapi.json'),
    LOCAL_JSM_SWAGGER: write('jsm.json', asOpenApiPaths(JSM_OPERATIONS)),
    LOCAL_JSW_SWAGGER: empty,
    LOCAL_CONF_SWAGGER: empty,
    // The document's paths are relative to its server, /wiki/api/v2, as Atlassian publishes them.
    LOCAL_CONF_V2_SWAGGER: write('confluence-v2.json', asOpenApiPaths(CONFLUENCE_V2_OPERATIONS, '/wiki/api/v2')),
    LOCAL_BB_SWAGGER: empty,
  });
}
