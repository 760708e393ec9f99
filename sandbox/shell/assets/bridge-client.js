// The frame side of @forge/bridge on the local Jira site. Loaded before the app's bundle
// (forge-platform.md 7.8), it defines window.__bridge so the real @forge/bridge works. As on Forge, the
// frame runs on the CDN origin inside a sandbox and talks to the Jira page only by postMessage: the page
// (shell.js) knows which frame a message came from and makes the call, so the server, not the frame,
// decides the trusted context, like Jira does.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var host = params.get('host');
  var pending = {};
  var listeners = {};
  var listening = false;
  var nextId = 1;

  function send(message) {
    window.parent.postMessage(message, host);
  }

  function post(method, payload) {
    var id = nextId++;
    return new Promise(function (resolve, reject) {
      pending[id] = { resolve: resolve, reject: reject, method: method };
      send({ type: 'forge-bridge-call', id: id, method: method, payload: payload === undefined ? null : payload });
    });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== host || !event.data) return;
    var data = event.data;
    if (data.type === 'forge-bridge-result' && pending[data.id]) {
      var call = pending[data.id];
      delete pending[data.id];
      if (data.ok) call.resolve(data.result);
      else call.reject(new Error(data.error || 'bridge call failed: ' + call.method));
    } else if (data.type === 'forge-bridge-event') {
      (listeners[data.event.name] || []).slice().forEach(function (cb) {
        try {
          cb(data.event.payload);
        } catch (e) {
          console.error(e);
        }
      });
    }
  });

  function applyTheme(mode) {
    var html = document.documentElement;
    html.setAttribute('data-color-mode', mode);
    html.setAttribute('data-theme', 'light:light dark:dark spacing:spacing typography:typography shape:shape');
    if (!document.getElementById('forge-theme-tokens')) {
      var link = document.createElement('link');
      link.id = 'forge-theme-tokens';
      link.rel = 'stylesheet';
      link.href = '/__cdn/tokens.css';
      document.head.appendChild(link);
    }
  }

  function resizeParent() {
    if (window.parent === window) return;
    // Measure the app's content, not <html>, which always fills the iframe and would never shrink.
    var root = document.getElementById('root') || document.body;
    // Nothing rendered is nothing to show: no margin is added to an empty app.
    var height = Math.ceil(root.getBoundingClientRect().height);
    send({ type: 'forge-resize', height: height === 0 ? 0 : height + 16 });
  }
  if (typeof ResizeObserver !== 'undefined') {
    var observer = new ResizeObserver(resizeParent);
    document.addEventListener('DOMContentLoaded', function () {
      observer.observe(document.getElementById('root') || document.body);
    });
  }

  // The page does what the sandbox forbids the frame: navigating the top window, opening a tab.
  function follow(location) {
    send({ type: 'forge-navigate', location: location });
  }

  window.__bridge = {
    callBridge: function (method, payload) {
      switch (method) {
        case 'on':
        case 'onPublic': {
          var list = (listeners[payload.event] = listeners[payload.event] || []);
          list.push(payload.callback);
          if (!listening) {
            listening = true;
            send({ type: 'forge-bridge-listen' });
          }
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
          // Straight to the page, within the click's user activation (a tab opened later would be a blocked popup).
          follow(payload);
          return Promise.resolve();
        case 'reload':
          send({ type: 'forge-reload' });
          return Promise.resolve();
        case 'close':
        case 'submit':
          return post(method, payload).then(function (result) {
            if (result && result.then === 'reload-host') follow({ url: result.url, type: 'same-tab' });
            return result && Object.prototype.hasOwnProperty.call(result, 'value') ? result.value : result;
          });
        default:
          return post(method, payload);
      }
    },
  };
})();
