// Common Ground's resize script for host pages: sizes each frame that shows Common Ground to the
// height the app reports, as {"sender":"common-ground","height":N} (see README, "Embed it").
window.addEventListener('message', function (e) {
  var m;
  try { m = JSON.parse(e.data); } catch (x) { return; }
  if (!m || m.sender !== 'common-ground' || !(m.height > 0)) return;
  document.querySelectorAll('iframe').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = m.height + 'px';
  });
});
