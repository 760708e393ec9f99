// The shell page's own script: sizes Custom UI iframes to their content, as Jira does.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin || !event.data || event.data.type !== 'forge-resize') return;
    var frame = document.querySelector('iframe[data-frame-id="' + event.data.frameId + '"]');
    if (frame) frame.style.height = Math.max(80, event.data.height + 4) + 'px';
  });
})();
