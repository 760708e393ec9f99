/** The site's controls for demos and manual testing: time, event delivery, index lag, faults, outbox. */
import { findUser } from '../../state/directory';
import { allowsAnonymousRequests } from '../../state/portal-access';
import { SERVICE_DESKS } from '../../state/service-desks';
import { html, page, raw, section } from '../html';
import type { Shell, Viewer } from '../shell-context';

export function controlRoomPage(shell: Shell, viewer: Viewer): string {
  const { site } = shell;
  const o = site.events.options;
  const clock = html`<p>Site time: <strong>${site.clock.nowIso()}</strong> (${Math.round(site.clock.offset / 60_000)} minutes ahead of the machine).</p>
    <form method="post" action="/sandbox/clock" class="row">
      <button type="submit" name="advance" value="300000">+5 minutes</button>
      <button type="submit" name="advance" value="3600000">+1 hour</button>
      <button type="submit" name="advance" value="86400000">+1 day</button></form>
    <p class="muted">Scheduled triggers run for each slot the clock passes.</p>`;
  const delivery = html`<form method="post" action="/sandbox/events" class="row">
      <label>Delay (ms) <input type="number" name="delayMs" min="0" max="600000" value="${o.delayMs}"></label>
      <label><span>Duplicate deliveries</span><input type="checkbox" name="duplicate" ${o.duplicate ? raw('checked') : ''}></label>
      <label><span>Reorder deliveries</span><input type="checkbox" name="reorder" ${o.reorder ? raw('checked') : ''}></label>
      <label><span>Duplicate scheduled runs</span><input type="checkbox" name="duplicateRuns" ${site.scheduler.duplicateRuns ? raw('checked') : ''}></label>
      <label>Search index lag (ms) <input type="number" name="indexLagMs" min="0" max="600000" value="${site.search.lagMs}"></label>
      <label>Rate-limit next N Jira calls <input type="number" name="rateLimitNext" min="0" max="100" value="0"></label>
      <button type="submit" class="primary">Apply</button></form>
    <form method="post" action="/sandbox/latency" class="row">
      <label>Latency per invoke (ms) <input type="number" name="invokeMs" min="0" max="5000" value="${site.latency.invokeMs}"></label>
      <label>Latency per Jira or storage request (ms) <input type="number" name="requestMs" min="0" max="5000" value="${site.latency.requestMs}"></label>
      <button type="submit">Apply latency</button></form>
    <p class="muted">A real site costs about 300 ms per invoke and 120 ms per platform request; the bench (<code>npm run bench</code>) measures the pages at that latency.</p>`;
  // JSM's customer access per service project: whether anyone may raise requests without logging in.
  const portals = html`<form method="post" action="/sandbox/portal-access" class="row">
      ${SERVICE_DESKS.map((d) => html`<label><span>${d.name}: anyone can raise requests without logging in</span><input type="checkbox" name="anonymous-${d.id}" ${allowsAnonymousRequests(site.state, d.id) ? raw('checked') : ''}></label>`)}
      <button type="submit">Apply</button></form>
    <p class="muted">Pick “Nobody (not logged in)” at the top right to visit the help center anonymously.</p>`;
  const table = (caption: string, head: string[], rows: unknown[][]) =>
    html`<table><caption class="muted">${caption}</caption><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
  const deliveries = table(
    'Latest first',
    ['Trigger', 'Event', 'Issue', 'At', 'Outcome'],
    [...site.events.log]
      .reverse()
      .slice(0, 20)
      .map((d) => [d.trigger, d.eventType, d.issueKey, d.at, d.error ? `${d.outcome}: ${d.error}` : d.outcome]),
  );
  const runs = table(
    'Latest first',
    ['Trigger', 'Slot', 'Outcome'],
    [...site.scheduler.log]
      .reverse()
      .slice(0, 20)
      .map((r) => [r.trigger, r.slot, r.error ? `${r.outcome}: ${r.error}` : r.outcome]),
  );
  const invocations = table(
    'Latest first',
    ['Function', 'Module', 'User', 'Platform requests'],
    [...site.functions.invocations]
      .reverse()
      .slice(0, 20)
      .map((i) => [
        i.functionKey,
        i.moduleKey,
        i.accountId ? `${i.accountId}${i.accountType ? ` (${i.accountType})` : ''}` : 'none',
        `${i.requests.length}: ${i.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`).join(', ')}`,
      ]),
  );
  const outbox = table(
    'Latest first',
    ['Issue', 'Sent', 'To', 'Subject'],
    [...site.state.outbox]
      .reverse()
      .slice(0, 20)
      .map((m) => [m.issueKey, m.sentAt, m.recipients.map((r) => findUser(r)?.displayName ?? r).join(', '), m.subject]),
  );
  const webTriggers = table(
    "Monitors post alerts to the URL plus /<format>/<source>, e.g. /alertmanager/prometheus (the demo source's secret is local-alert-token)",
    ['Module', 'URL'],
    site.webTriggers.list().map((w) => [w.moduleKey, w.url]),
  );
  const body = html`${section('Clock', clock)}${section('Web triggers', webTriggers)}${section('Event delivery and platform behaviour', delivery)}
    ${section('Portal access', portals)}${section('Trigger deliveries', deliveries)}${section('Scheduled runs', runs)}${section('Function invocations', invocations)}${section('Notification outbox (Jira notify)', outbox)}`;
  return page({ ...viewer, title: 'Control room', body });
}
