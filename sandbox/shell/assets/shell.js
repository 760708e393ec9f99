// The Jira page's side of the Custom UI frames, as Jira's host does for Forge: it sizes each frame to its
// content, makes the frame's bridge calls for it (a frame is known by which iframe sent the message, not
// by anything the frame says), relays events to it, and navigates or opens tabs when the frame's router
// asks (the frame's sandbox forbids both).
(function () {
  'use strict';
  var streams = {};

  function frameOf(event) {
    var frames = document.querySelectorAll('iframe.forge-frame');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && event.origin === frames[i].getAttribute('data-origin')) return frames[i];
    }
    return null;
  }

  // Where router.navigate / router.open lead (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/router/):
  // a site path, an http(s) URL, or a Jira location ({ target: 'issue', issueKey }, 'dashboard',
  // 'projectSettingsDetails', 'module'). Anything else (javascript: and the like) leads nowhere.
  function navigationUrl(location) {
    if (!location) return null;
    if (typeof location.url === 'string') {
      if (location.url.charAt(0) === '/' && location.url.charAt(1) !== '/') return location.url;
      try {
        var url = new URL(location.url);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
      } catch {
        return null;
      }
    }
    var id = function (v) {
      return typeof v === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(v) ? encodeURIComponent(v) : null;
    };
    if (location.target === 'issue' && id(location.issueKey)) return '/browse/' + id(location.issueKey);
    if (location.target === 'dashboard' && id(location.dashboardId)) return '/jira/dashboards/' + id(location.dashboardId);
    // A module's own page (the app's settings): the site finds where the module is shown.
    if (location.target === 'module' && id(location.moduleKey))
      return '/jira/apps/module/' + id(location.moduleKey) + (id(location.projectKey) ? '?projectKey=' + id(location.projectKey) : '');
    if (location.target === 'projectSettingsDetails' && id(location.projectKey))
      return '/jira/projects/' + id(location.projectKey) + '/settings/apps/incident-response';
    return null;
  }

  function sameSitePath(url) {
    try {
      var target = new URL(url, location.origin);
      return target.origin === location.origin ? target.pathname + target.search + target.hash : null;
    } catch {
      return null;
    }
  }

  // Collapsed issue context panels: their status (dynamicProperties) comes after the page, and again
  // each time the panel is collapsed, as Jira asks it then
  // (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-context/#dynamic-properties).
  // data-status-state says when an answer is in, whatever it was.
  function refreshStatus(el) {
    el.setAttribute('data-status-state', 'asking');
    fetch(el.getAttribute('data-status-src'), { headers: { accept: 'application/json' } })
      .then(function (res) {
        return res.ok ? res.json() : { status: null };
      })
      .then(function (body) {
        var status = body && body.status;
        if (status && typeof status.label === 'string') {
          el.textContent = status.label;
          el.className = 'lozenge lozenge-' + (typeof status.type === 'string' && /^[a-z]+$/.test(status.type) ? status.type : 'default');
          el.hidden = false;
        }
      })
      .catch(function () {})
      .then(function () {
        el.setAttribute('data-status-state', 'done');
      });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-status-src]').forEach(function (el) {
      refreshStatus(el);
      var details = el.closest('details');
      if (details)
        details.addEventListener('toggle', function () {
          if (!details.open) refreshStatus(el);
        });
    });
  });

  window.addEventListener('message', function (event) {
    var frame = frameOf(event);
    var data = event.data;
    if (!frame || !data) return;
    var frameId = frame.getAttribute('data-frame-id');
    var reply = function (message) {
      event.source.postMessage(message, event.origin);
    };
    switch (data.type) {
      case 'forge-resize':
        // A frame fitted to its content (the portal's create panel) may be 0 px tall: the app rendered nothing.
        frame.style.height = frame.closest('.create-property-panel') ? Math.max(0, data.height) + 'px' : Math.max(80, data.height + 4) + 'px';
        break;
      case 'forge-bridge-call':
        fetch('/__bridge/' + encodeURIComponent(frameId), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ method: data.method, payload: data.payload }),
        })
          .then(function (res) {
            return res.json().then(function (body) {
              reply(
                res.ok
                  ? { type: 'forge-bridge-result', id: data.id, ok: true, result: body.result }
                  : { type: 'forge-bridge-result', id: data.id, ok: false, error: body.error },
              );
            });
          })
          .catch(function (e) {
            reply({ type: 'forge-bridge-result', id: data.id, ok: false, error: String(e) });
          });
        break;
      case 'forge-bridge-listen':
        if (streams[frameId]) break;
        streams[frameId] = new EventSource('/__bridge/' + encodeURIComponent(frameId) + '/events');
        streams[frameId].onmessage = function (message) {
          reply({ type: 'forge-bridge-event', event: JSON.parse(message.data) });
        };
        break;
      case 'forge-navigate': {
        var url = navigationUrl(data.location);
        if (!url) break;
        var path = sameSitePath(url);
        if (data.location.type === 'new-tab') window.open(path || url, '_blank', 'noopener');
        else if (path) location.href = path;
        break;
      }
      case 'forge-reload':
        location.reload();
        break;
    }
  });
})();
