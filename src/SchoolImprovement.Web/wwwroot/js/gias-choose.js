// GIAS import, choice page: "Tick all matching this trust" and "Clear all ticks".
// The controls stay hidden without JavaScript (the matching schools are ticked by the server anyway).
(function () {
  "use strict";
  document.querySelectorAll("[data-tick-controls]").forEach(function (controls) {
    var form = controls.closest("form");
    controls.hidden = false;
    controls.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-tick]");
      if (!button) {
        return;
      }
      form.querySelectorAll("input[type=checkbox][name=Urns]").forEach(function (box) {
        if (button.dataset.tick === "none") {
          box.checked = false;
        } else if (box.dataset.matchesTrust === "true") {
          box.checked = true;
        }
      });
    });
  });
})();
