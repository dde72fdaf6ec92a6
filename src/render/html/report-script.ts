/**
 * The report's only script: it shows the filter bar (hidden for readers without
 * JavaScript, who still get the whole table) and applies the filters by toggling
 * `hidden` on elements tagged with data attributes. Rows carry `data-type`,
 * `data-carried`, `data-outlets` and `data-sources` (outlet and source indices, space
 * separated); everything tied to one outlet carries `data-col`. It reads no data and
 * writes no HTML, so there is nothing in it to escape.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-type]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('tbody[data-group]'));
  var count = document.getElementById('shown');
  function has(list, value) { return (' ' + list + ' ').indexOf(' ' + value + ' ') !== -1; }
  function apply() {
    var on = [];
    Array.prototype.forEach.call(form.querySelectorAll('input[name="outlet"]'), function (box) {
      if (box.checked) on.push(box.value);
      Array.prototype.forEach.call(document.querySelectorAll('[data-col="' + box.value + '"]'), function (el) {
        el.hidden = !box.checked;
      });
    });
    var typeBox = form.querySelector('input[name="type"]:checked');
    var type = typeBox ? typeBox.value : 'all';
    var source = form.elements.source ? form.elements.source.value : '';
    var least = form.elements.carried ? Number(form.elements.carried.value) : 1;
    var words = form.elements.text ? form.elements.text.value.trim().toLowerCase() : '';
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (type === 'all' || row.getAttribute('data-type') === type)
        && (source === '' || has(row.getAttribute('data-sources'), source))
        && Number(row.getAttribute('data-carried')) >= least
        && on.some(function (o) { return has(row.getAttribute('data-outlets'), o); })
        && (words === '' || row.textContent.toLowerCase().indexOf(words) !== -1);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !(type === 'all' || group.getAttribute('data-group') === type);
      // A heading spanning hidden columns would keep their width in the fixed layout.
      Array.prototype.forEach.call(group.querySelectorAll('th[colspan]'), function (th) { th.colSpan = on.length + 1; });
    });
    if (count) count.textContent = shown + ' of ' + rows.length + ' rows shown';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
`;
