// The host side of @forge/bridge inside a Custom UI iframe on the local Jira site. Loaded before
// the app's bundle (forge-platform.md 7.8), it defines window.__bridge so the real @forge/bridge
// works. The iframe's identity is the server-issued frame id: the server, not the browser,
// decides the trusted context, like Jira does.
(function () {
  'use strict';
  var frameId = new URLSearchParams(location.search).get('frame');
  var listeners = {};
  var source = null;

  function post(method, payload) {
    return fetch('/__bridge/' + encodeURIComponent(frameId), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: method, payload: payload === undefined ? null : payload }),
    }).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) throw new Error(body.error || 'bridge call failed: ' + method);
        return body.result;
      });
    });
  }

  function listen() {
    if (source) return;
    source = new EventSource('/__bridge/' + encodeURIComponent(frameId) + '/events');
    source.onmessage = function (message) {
      var event = JSON.parse(message.data);
      (listeners[event.name] || []).slice().forEach(function (cb) {
        try { cb(event.payload); } catch (e) { console.error(e); }
      });
    };
  }

  function applyTheme(mode) {
    var html = document.documentElement;
    html.setAttribute('data-color-mode', mode);
    html.setAttribute('data-theme', 'light:light dark:dark spacing:spacing typography:typography shape:shape');
    if (!document.getElementById('forge-theme-tokens')) {
      var link = document.createElement('link');
      link.id = 'forge-theme-tokens';
      link.rel = 'stylesheet';
      link.href = '/__shell/tokens.css';
      document.head.appendChild(link);
    }
  }

  function resizeParent() {
    if (window.parent === window) return;
    // Measure the app's content, not <html>, which always fills the iframe and would never shrink.
    var root = document.getElementById('root') || document.body;
    var height = Math.ceil(root.getBoundingClientRect().height) + 16;
    window.parent.postMessage({ type: 'forge-resize', frameId: frameId, height: height }, location.origin);
  }
  if (typeof ResizeObserver !== 'undefined') {
    var observer = new ResizeObserver(resizeParent);
    document.addEventListener('DOMContentLoaded', function () {
      observer.observe(document.getElementById('root') || document.body);
    });
  }

  window.__bridge = {
    callBridge: function (method, payload) {
      switch (method) {
        case 'on':
        case 'onPublic': {
          var list = (listeners[payload.event] = listeners[payload.event] || []);
          list.push(payload.callback);
          listen();
          return Promise.resolve({
            unsubscribe: function () {
              var i = list.indexOf(payload.callback);
              if (i >= 0) list.splice(i, 1);
            },
          });
        }
        case 'enableTheming':
          return post('getContext').then(function (ctx) {
            applyTheme(ctx.theme && ctx.theme.colorMode === 'dark' ? 'dark' : 'light');
          });
        case 'navigate':
          return post('navigate', payload).then(function (url) {
            window.top.location.href = url;
          });
        case 'reload':
          window.top.location.reload();
          return Promise.resolve();
        case 'close':
        case 'submit':
          return post(method, payload).then(function (result) {
            if (result && result.then === 'reload-host') window.top.location.href = result.url;
            return result && Object.prototype.hasOwnProperty.call(result, 'value') ? result.value : result;
          });
        default:
          return post(method, payload);
      }
    },
  };
})();
