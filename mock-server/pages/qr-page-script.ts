/**
 * The QR page's script, WeChat's protocol (reference §1.2): it loads the long poll as a `<script>`, reads
 * `window.wx_errcode` / `window.wx_code`, shows "scanned" (404) and "cancelled" (403), fetches a new QR code
 * when this one expired (402, also 500), and on 405 navigates to redirect_uri + `?`/`&` + `code=…&state=…`
 * exactly as WeChat's page does: `&amp;` turned back into `&`, state appended as it is, the window itself
 * with `self_redirect=true`, else the top window.
 *
 * Static text: everything it needs comes from the `data-` attributes of `#wx_login`, which the page
 * escapes, so no request value is ever written into script.
 */
export const QR_PAGE_SCRIPT = `(function () {
  var box = document.getElementById('wx_login');
  var d = box.dataset;
  var last = 408;
  function show(name) {
    var tips = box.querySelectorAll('.js_status');
    for (var i = 0; i < tips.length; i++) tips[i].hidden = tips[i].getAttribute('data-status') !== name;
    box.setAttribute('data-shown', name);
  }
  function poll() {
    var s = document.createElement('script');
    s.src = d.pollUrl + '&last=' + last + '&_=' + new Date().getTime();
    s.onload = function () { s.parentNode.removeChild(s); answer(window.wx_errcode, window.wx_code); };
    s.onerror = function () { s.parentNode.removeChild(s); setTimeout(poll, 2000); };
    document.body.appendChild(s);
  }
  function answer(errcode, code) {
    if (errcode === 405) {
      var h = d.redirectUri.replace(/&amp;/g, '&');
      h += (h.indexOf('?') > -1 ? '&' : '?') + 'code=' + code + '&state=' + d.state;
      if (d.selfRedirect === 'true') window.location.href = h; else top.location.href = h;
      return;
    }
    if (errcode === 402 || errcode === 500) { window.location.reload(); return; }
    if (errcode === 404) show('scanned');
    if (errcode === 403) show('cancelled');
    last = errcode;
    setTimeout(poll, 0);
  }
  // A script added before the load event would hold the page's (and the iframe's) load for as long as the
  // poll is held, so the first poll waits for it.
  if (document.readyState === 'complete') poll();
  else window.addEventListener('load', poll);
})();`;
