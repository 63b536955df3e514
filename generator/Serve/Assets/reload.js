// steady serve: reloads this page when a rebuild changes it, or shows why the rebuild failed.
// Added to pages as they are served by `steady serve`; never written into the built site.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = (script && script.getAttribute("data-version")) || "";
  var address = "/__steady/events?page=" + encodeURIComponent(location.pathname) + "&v=" + encodeURIComponent(version);
  var source = new EventSource(address);
  function reload() {
    source.close();
    location.reload();
  }
  source.addEventListener("reload", reload);
  source.addEventListener("failed", reload);
})();
