// Sorting and filtering of a register table. Progressive enhancement: without this script the
// table is complete and readable; with it, headers become sort buttons and the filters appear.
(() => {
  var table = document.getElementById("sms-register");
  if (!table?.tBodies[0]) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var headers = table.tHead ? Array.prototype.slice.call(table.tHead.rows[0].cells) : [];
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function key(row, col) {
    var cell = row.cells[col];
    if (!cell) return "";
    return cell.getAttribute("data-sort") || cell.textContent || "";
  }

  headers.forEach((th, col) => {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", () => {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach((other) => {
        other.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort((a, b) => {
        var c = collator.compare(key(a, col), key(b, col));
        return ascending ? c : -c;
      });
      rows.forEach((row) => {
        body.appendChild(row);
      });
    });
  });

  var filters = document.getElementById("sms-filters");
  var text = document.getElementById("sms-filter-text");
  var status = document.getElementById("sms-filter-status");
  var owner = document.getElementById("sms-filter-owner");
  var count = document.getElementById("sms-filter-count");
  if (!filters || !text) return;
  filters.hidden = false;

  function apply() {
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var s = status ? status.value : "";
    var o = owner ? owner.value : "";
    var shown = 0;
    rows.forEach((row) => {
      var hay = row.textContent.toLowerCase();
      var ok =
        words.every((w) => hay.indexOf(w) >= 0) &&
        (!s || row.getAttribute("data-status") === s) &&
        (!o || row.getAttribute("data-owner") === o);
      row.hidden = !ok;
      if (ok) shown++;
    });
    if (count) count.textContent = shown + " of " + rows.length + " records shown";
  }
  [text, status, owner].forEach((el) => {
    if (el) el.addEventListener("input", apply);
  });
  apply();
})();
