// Filters the projects table by text (name, summary, ecosystems, package URLs), state, caution and ecosystem,
// and keeps the choice in the URL query.
// The whole table is in the page: without this script every project is listed.
(function () {
  'use strict';
  var form = document.getElementById('filter');
  var table = document.getElementById('projects');
  var status = document.getElementById('filter-status');
  if (!form || !table || !table.tBodies.length) {
    return;
  }
  var fields = ['q', 'state', 'caution', 'eco'];
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var texts = rows.map(function (row) {
    return (row.textContent + ' ' + (row.getAttribute('data-pkg') || '')).toLowerCase();
  });

  function readQuery() {
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (name) {
      var control = form.elements[name];
      control.value = params.get(name) || '';
      if (control.tagName === 'SELECT' && control.selectedIndex < 0) {
        control.value = '';
      }
    });
  }

  function writeQuery() {
    var params = new URLSearchParams();
    fields.forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) {
        params.set(name, value);
      }
    });
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
  }

  function apply() {
    var words = form.elements.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var state = form.elements.state.value;
    var caution = form.elements.caution.value;
    var eco = form.elements.eco.value;
    var shown = 0;
    rows.forEach(function (row, i) {
      var match = (!state || row.getAttribute('data-state') === state) &&
        (!caution || row.getAttribute('data-caution') === caution) &&
        (!eco || (' ' + row.getAttribute('data-eco') + ' ').indexOf(' ' + eco + ' ') >= 0) &&
        words.every(function (word) { return texts[i].indexOf(word) >= 0; });
      row.hidden = !match;
      if (match) {
        shown += 1;
      }
    });
    if (status) {
      status.textContent = shown === rows.length ? rows.length + ' projects' : shown + ' of ' + rows.length + ' projects';
    }
  }

  form.addEventListener('input', function () { apply(); writeQuery(); });
  form.addEventListener('change', function () { apply(); writeQuery(); });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); writeQuery(); });
  window.addEventListener('popstate', function () { readQuery(); apply(); });
  readQuery();
  apply();
}());
