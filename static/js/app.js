// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Move focus to the error summary after a failed save, so screen readers announce it.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }

  // Show how many characters are left in long text fields.
  document.querySelectorAll("textarea[data-maxlength]").forEach(function (area) {
    var max = parseInt(area.getAttribute("data-maxlength"), 10);
    if (!max) return;
    var counter = document.createElement("div");
    counter.className = "char-count";
    counter.id = area.id + "_count";
    counter.setAttribute("aria-live", "polite");
    area.insertAdjacentElement("afterend", counter);
    var update = function () {
      var left = max - area.value.length;
      counter.textContent = left >= 0
        ? "U heeft nog " + left + " tekens over."
        : "U heeft " + (-left) + " tekens te veel.";
      counter.classList.toggle("char-count--over", left < 0);
    };
    area.addEventListener("input", update);
    update();
  });
})();
