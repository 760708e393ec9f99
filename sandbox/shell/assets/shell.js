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

  function sameSitePath(url) {
    try {
      var target = new URL(url, location.origin);
      return target.origin === location.origin ? target.pathname + target.search + target.hash : null;
    } catch {
      return null;
    }
  }

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
        frame.style.height = Math.max(80, data.height + 4) + 'px';
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
        var path = sameSitePath(data.url);
        if (data.newTab) window.open(path || data.url, '_blank', 'noopener');
        else if (path) location.href = path;
        break;
      }
      case 'forge-reload':
        location.reload();
        break;
    }
  });
})();
