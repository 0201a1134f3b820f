// The brief page keeps itself current: every 10 s it asks GET <page>/version (a number, nothing personal) and
// loads the page again when the brief changed, or when the link stopped working (the neutral page shows then).
(function () {
  'use strict';
  var shown = document.documentElement.getAttribute('data-version');
  if (!shown) {
    return;
  }
  var page = location.pathname.replace(/\/+$/, '');
  function look() {
    fetch(page + '/version', { cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' })
      .then(function (answer) {
        if (answer.status === 404 || answer.status === 410) {
          location.replace(page);
          return null;
        }
        return answer.ok ? answer.text() : null;
      })
      .then(function (version) {
        if (version !== null && version.trim() !== shown) {
          location.replace(page);
        }
      })
      .catch(function () {
        // No connection now: asked again at the next turn.
      });
  }
  setInterval(look, 10000);
}());
