// Stand-in for a single-page app's client-side router, the way React Router (X), Comet
// (Facebook), Polymer (YouTube) and friends behave: a click on an in-app link is handled by the
// page itself (history.pushState + re-render, no document load); back/forward re-render on
// popstate. Routes are <template data-route="/path" data-title="..."> elements in the page;
// a route ending in "*" matches by prefix. Links to paths with no route load normally.
(function () {
  'use strict';
  var outlet = document.querySelector('[data-outlet]');
  var templates = Array.prototype.slice.call(document.querySelectorAll('template[data-route]'));

  function routeFor(pathname) {
    for (var i = 0; i < templates.length; i++) {
      var r = templates[i].getAttribute('data-route');
      if (r === pathname || (r.slice(-1) === '*' && pathname.indexOf(r.slice(0, -1)) === 0)) return templates[i];
    }
    return null;
  }

  function render() {
    var t = routeFor(location.pathname) || document.querySelector('template[data-route-fallback]');
    if (!t || !outlet) return;
    outlet.replaceChildren(t.content.cloneNode(true));
    var q = new URLSearchParams(location.search);
    // Fill slots such as <span data-param="v"> from the query (YouTube's ?v=, search ?q=).
    outlet.querySelectorAll('[data-param]').forEach(function (el) {
      el.textContent = q.get(el.getAttribute('data-param')) || '';
    });
    if (t.getAttribute('data-title')) document.title = t.getAttribute('data-title');
    document.querySelectorAll('a[data-nav]').forEach(function (a) {
      if (new URL(a.href).pathname === location.pathname) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    document.documentElement.setAttribute('data-route', t.getAttribute('data-route') || '');
  }

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var a = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!a || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin || !routeFor(url.pathname)) return;
    event.preventDefault();
    if (url.href === location.href) return;
    history.pushState({ spa: true }, '', url.href);
    render();
    window.scrollTo(0, 0);
  });
  window.addEventListener('popstate', render);
  render();
})();
