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
