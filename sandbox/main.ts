/**
 * `npm start`: the local Jira site with the app installed and demo data.
 *   --port N        port to listen on (default 3000; 0 picks a free one). The Custom UI resources come from
 *                   a second origin, Forge's CDN as it were, on the next port (or a free one).
 *   --incidents N   start a fresh site seeded with N incidents (default: keep the saved site)
 *   --reset         start a fresh site with the default seed
 *   --fresh-install start a fresh site with the app as just installed: not set up, so it does nothing yet
 *   --state FILE    where the site is saved (default .sandbox/site.json)
 */
import { serve } from '@hono/node-server';
import { parseArgs } from 'node:util';
import { createShellApp } from './shell/shell-server';
import { DEFAULT_INCIDENTS, Site } from './site';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    incidents: { type: 'string' },
    reset: { type: 'boolean', default: false },
    'fresh-install': { type: 'boolean', default: false },
    state: { type: 'string' },
  },
});
const incidents = values.incidents !== undefined ? Number(values.incidents) : undefined;
if (incidents !== undefined && (!Number.isInteger(incidents) || incidents < 0 || incidents > 200_000)) {
  console.error(`--incidents must be a whole number from 0 to 200000, got ${values.incidents}`);
  process.exit(2);
}

const started = Date.now();
const port = Number(values.port);
const site = new Site({
  ...(values.state ? { stateFile: values.state } : {}),
  reset: values.reset || values['fresh-install'] || incidents !== undefined,
  freshInstall: values['fresh-install'],
  incidents: incidents ?? DEFAULT_INCIDENTS,
  baseUrl: `http://localhost:${port}`,
  autoSchedule: true,
  runtime: 'bundle',
  functionLogs: true,
  say: (line) => console.log(line),
  // The demo's worked incidents, played through the app on a new site (not with --fresh-install).
  story: true,
});
async function serveSite(): Promise<void> {
  if (site.storyPending) console.log('Working the demo incidents through the app (a new site only; a few seconds)...');
  const worked = await site.playStory();
  const { app, shell, cdn } = createShellApp(site, { logCspViolations: true });
  const cdnServer = serve({ fetch: cdn.fetch, port: port === 0 ? 0 : port + 1, hostname: '127.0.0.1' }, (cdnInfo) => {
    shell.cdnPort = cdnInfo.port;
  });
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
    const url = `http://localhost:${info.port}/`;
    console.log(`Local Jira site with the Incident response app: ${url}`);
    console.log(
      `  ${site.issues.all().length} issues; ready in ${Date.now() - started} ms. Open ${url}browse/SEC-1 for the incident panel. Ctrl+C stops (the site is saved).`,
    );
    if (worked)
      console.log(
        `  Worked from report to published postmortem: ${url}browse/${worked.phishing.key} (phishing), ${url}browse/${worked.exposure.key} (data exposure, restricted), ${url}browse/${worked.ransomware.key} (ransomware); a tabletop exercise: ${url}browse/${worked.exercise}.`,
      );
  });

  const stop = async () => {
    cdnServer.close();
    server.close();
    await site.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

serveSite().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
