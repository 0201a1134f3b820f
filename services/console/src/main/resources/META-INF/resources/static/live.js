// Live pages: every element with data-live="<url>" is fetched again when the server says something changed
// (server-sent events from /events). No library: the console must work on a closed network.
(function () {
  var parts = document.querySelectorAll('[data-live]');
  if (!parts.length || !window.EventSource) { return; }
  var busy = false, again = false;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    var pending = Array.prototype.map.call(parts, function (part) {
      return fetch(part.getAttribute('data-live'), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (r) { if (r.ok && r.headers.get('content-type').indexOf('text/html') === 0) { return r.text(); } throw r.status; })
        .then(function (html) {
          var focused = document.activeElement && document.activeElement.id;
          part.innerHTML = html;
          if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
        });
    });
    Promise.all(pending).catch(function () {}).then(function () {
      busy = false;
      if (again) { again = false; refresh(); }
    });
  }
  var source = new EventSource('/events');
  source.onmessage = function (event) { if (event.data === 'changed') { refresh(); } };
  source.onopen = function () { document.body.setAttribute('data-live-state', 'open'); };
})();
