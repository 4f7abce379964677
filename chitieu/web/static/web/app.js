// The entry grid with the keyboard alone: Enter moves to the next cell (the last one to Save),
// arrow up and down move between rows. Everything else works without this script.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains("num-input")) return;
    var cells = Array.prototype.slice.call(document.querySelectorAll("input.num-input:not([disabled])"));
    var index = cells.indexOf(input);
    var next = null;
    if (event.key === "Enter" || event.key === "ArrowDown") {
      next = cells[index + 1] || (event.key === "Enter" ? document.getElementById("save") : null);
    } else if (event.key === "ArrowUp") {
      next = cells[index - 1] || null;
    } else {
      return;
    }
    event.preventDefault();
    if (next) {
      next.focus();
      if (next.select) next.select();
    }
  });
})();

// The entry grid: ask before leaving with edits that are not saved; fill the empty cells with 0
// ("không phát sinh": nothing happened) in one click.
(function () {
  "use strict";
  var grid = document.getElementById("grid");
  if (!grid) return;
  var dirty = false;
  grid.addEventListener("input", function () { dirty = true; });
  grid.addEventListener("change", function () { dirty = true; });
  grid.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = grid.getAttribute("data-unsaved") || "";
    return event.returnValue;
  });
  var fill = document.getElementById("fill-zero");
  if (fill) {
    fill.hidden = false;
    fill.addEventListener("click", function () {
      var inputs = grid.querySelectorAll("input.num-input:not([disabled])");
      for (var i = 0; i < inputs.length; i++) {
        if (inputs[i].value.trim() === "") {
          inputs[i].value = "0";
          dirty = true;
        }
      }
    });
  }
})();

// The dashboard's targets table: sort by a column's header, show only some statuses, find by
// code or name; the print button. The table is whole without this script.
(function () {
  "use strict";
  var printButton = document.getElementById("print");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
  var table = document.getElementById("targets");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var order = ["not_met", "in_progress", "no_data", "not_evaluable", "met", "exceeded"];
  var filters = document.getElementById("target-filters");
  var show = document.getElementById("target-show");
  var find = document.getElementById("target-find");
  var shown = document.getElementById("target-shown");

  function key(row, by) {
    if (by === "percent") {
      var p = row.getAttribute("data-percent");
      return p === "" ? Infinity : parseFloat(p);
    }
    if (by === "status") {
      var rank = order.indexOf(row.getAttribute("data-status"));
      return rank * 2 + (row.getAttribute("data-pace") === "behind" ? 0 : 1);
    }
    return rows.indexOf(row);
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-sort]"), function (header) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (header.firstChild) button.appendChild(header.firstChild);
    header.appendChild(button);
    button.addEventListener("click", function () {
      var by = header.getAttribute("data-sort");
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-sort]"), function (other) {
        other.setAttribute("aria-sort", "none");
      });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var sorted = rows.slice().sort(function (a, b) {
        var x = key(a, by), y = key(b, by);
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });
  });
  if (!filters) return;
  filters.hidden = false;
  filters.addEventListener("submit", function (event) { event.preventDefault(); });
  function apply() {
    var wanted = show.value, text = find.value.trim().toLowerCase(), count = 0;
    rows.forEach(function (row) {
      var status = row.getAttribute("data-status");
      var ok = wanted === "" ||
        (wanted === "off" && (status === "not_met" || row.getAttribute("data-pace") === "behind")) ||
        wanted === "status:" + status;
      if (ok && text) ok = row.cells[0].textContent.toLowerCase().indexOf(text) !== -1;
      row.hidden = !ok;
      if (ok) count += 1;
    });
    shown.textContent = count + " / " + rows.length;
  }
  show.addEventListener("change", apply);
  find.addEventListener("input", apply);
})();
