// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // --- Error summary ---------------------------------------------------------------------
  // The summary has autofocus; this covers browsers that ignore it on a div. A link in the
  // summary moves focus into the field itself and shows its label or legend as well.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    if (document.activeElement !== summary) summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      if (!link) return;
      var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!target) return;
      var input = target.matches("input, select, textarea, button")
        ? target
        : target.querySelector("input:not([type=hidden]), select, textarea");
      if (!input) return;
      event.preventDefault();
      var heading = target.closest("fieldset") || target.closest(".utrecht-form-field") || target;
      heading.scrollIntoView();
      input.focus({ preventScroll: true });
    });
  }

  // --- Characters left in long text fields ------------------------------------------------
  // The count under the field is part of its description (aria-describedby); a screen reader
  // hears the new number in one polite announcement after typing stops, not at every key.
  var announcer = document.createElement("div");
  announcer.className = "visually-hidden";
  announcer.setAttribute("aria-live", "polite");
  document.body.appendChild(announcer);

  function formatNumber(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function setUpCounter(area) {
    var counter = document.getElementById(area.id + "_count");
    var max = counter && parseInt(counter.getAttribute("data-char-count"), 10);
    if (!max || area.hasAttribute("data-counting")) return;
    area.setAttribute("data-counting", "");
    var timer = null;
    function length() {
      // Characters as the server counts them: a character outside the BMP (an emoji) is one.
      return area.value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "_").length;
    }
    function text() {
      var left = max - length();
      if (left >= 0) return "U heeft nog " + formatNumber(left) + (left === 1 ? " teken" : " tekens") + " over.";
      return "U heeft " + formatNumber(-left) + (left === -1 ? " teken" : " tekens") + " te veel.";
    }
    // As GOV.UK's character count: the count shows once three quarters of the limit is used
    // (a screen reader still hears it with the field, through aria-describedby).
    function near() { return length() >= max * 0.75; }
    function update() {
      counter.textContent = text();
      counter.classList.toggle("char-count--over", length() > max);
      counter.classList.toggle("visually-hidden", !near());
    }
    area.addEventListener("input", function () {
      update();
      clearTimeout(timer);
      if (near()) timer = setTimeout(function () { announcer.textContent = text(); }, 1000);
    });
    update();
  }
  document.querySelectorAll("textarea").forEach(setUpCounter);

  // --- Text areas grow as you type ------------------------------------------------------------
  // A text area starts at three lines (rows="3") and grows with its text, up to a limit set in
  // app.css (then it scrolls). Without JavaScript it scrolls from the start.
  function fit(area) {
    area.style.blockSize = "auto";
    area.style.blockSize = area.scrollHeight + (area.offsetHeight - area.clientHeight) + "px";
  }
  document.querySelectorAll("textarea.utrecht-textarea").forEach(function (area) {
    area.setAttribute("data-grows", "");
    fit(area);
    area.addEventListener("input", function () { fit(area); });
  });

  // --- Adding a table row at once -------------------------------------------------------------
  // The page holds each table's empty row in a <template>; pressing "Rij toevoegen" copies it
  // and raises the formset's TOTAL_FORMS. Without JavaScript the button asks the server.
  document.querySelectorAll("[data-table]").forEach(function (block) {
    var button = block.querySelector("[data-add-row]");
    var template = block.querySelector("template[data-row-template]");
    var rows = block.querySelector("[data-table-rows]");
    var total = block.querySelector("input[name$='-TOTAL_FORMS']");
    var max = parseInt(block.getAttribute("data-max-rows"), 10) || 1000;
    if (!button || !template || !rows || !total) return;
    button.addEventListener("click", function (event) {
      var count = parseInt(total.value, 10) || 0;
      if (count >= max) return;
      event.preventDefault();
      var html = template.innerHTML
        .replace(/__prefix__/g, String(count))
        .replace(/__nummer__/g, String(count + 1));
      var holder = document.createElement("div");
      holder.innerHTML = html.trim();
      var row = holder.firstElementChild;
      row.classList.add("row-added");
      rows.appendChild(row);
      total.value = String(count + 1);
      row.querySelectorAll("textarea").forEach(setUpCounter);
      announcer.textContent = "Rij " + (count + 1) + " is toegevoegd.";
      var first = row.querySelector("input:not([type=hidden]), select, textarea");
      if (first) first.focus();
      if (count + 1 >= max) button.hidden = true;
    });
  });

  // --- The PDF is being made ------------------------------------------------------------------
  // The wait page asks (HEAD: no body) whether the PDF is there: after a second, then every half
  // second up to the sixth second (a render takes about two; a check costs the server about
  // 20 ms), then every second up to the tenth, then every three seconds (bench/load.py asks the
  // same way). Ready: the download starts. Failed: the page reloads and says so. No automatic
  // page refresh (WCAG 2.2.1); without JavaScript the officer uses the "Probeer het opnieuw" link.
  var pdfWait = document.querySelector("[data-pdf-wacht]");
  if (pdfWait) {
    var pdfUrl = pdfWait.getAttribute("data-pdf-wacht");
    var pdfStatus = pdfWait.querySelector("[data-pdf-status]");
    var pdfDelays = [1000, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 1000, 1000, 1000, 1000];
    var pdfChecks = 0;
    var nextCheck = function () {
      setTimeout(checkPdf, pdfChecks < pdfDelays.length ? pdfDelays[pdfChecks++] : 3000);
    };
    var checkPdf = function () {
      fetch(pdfUrl, { method: "HEAD", credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          if (response.status !== 200) { nextCheck(); return; }
          if ((response.headers.get("Content-Type") || "").indexOf("application/pdf") === 0) {
            if (pdfStatus) pdfStatus.textContent = "De PDF is klaar. De download begint nu.";
            window.location.href = pdfUrl;
          } else {
            window.location.reload();  // the page that says what went wrong
          }
        })
        .catch(nextCheck);
    };
    nextCheck();
  }

  // --- A session about to end -------------------------------------------------------------------
  // A few minutes before the session ends, a dialog offers to stay logged in (a cheap GET that
  // extends the session). Without an answer, a step page is saved just in time as "Opslaan en
  // later verder": valid answers are stored, anything else is kept as a draft.
  var body = document.body;
  var secondsLeft = parseInt(body.getAttribute("data-sessie-seconden"), 10);
  var dialog = document.querySelector("[data-sessie-dialoog]");
  if (!dialog || isNaN(secondsLeft) || typeof dialog.showModal !== "function") return;

  var WARN_BEFORE = 5 * 60;
  var SAVE_BEFORE = 60;
  var timers = [];
  var keepButton = dialog.querySelector("[data-sessie-verleng]");
  var soonPart = dialog.querySelector("[data-sessie-bijna]");
  var overPart = dialog.querySelector("[data-sessie-voorbij]");

  function later(seconds, action) {
    timers.push(setTimeout(action, Math.max(0, seconds) * 1000));
  }

  function schedule(seconds) {
    timers.forEach(clearTimeout);
    timers = [];
    later(seconds - WARN_BEFORE, warn);
    later(seconds - SAVE_BEFORE, saveThePage);
    later(seconds, ended);
  }

  function warn() {
    soonPart.hidden = false;
    overPart.hidden = true;
    dialog.setAttribute("aria-labelledby", "sessie-titel");
    if (!dialog.open) dialog.showModal();
    keepButton.focus();
  }

  function saveThePage() {
    var form = document.querySelector("form[data-step-form]");
    var laterButton = form && form.querySelector("[data-save-later]");
    if (!laterButton) return;
    if (dialog.open) dialog.close();
    form.requestSubmit ? form.requestSubmit(laterButton) : laterButton.click();
  }

  function ended() {
    soonPart.hidden = true;
    overPart.hidden = false;
    dialog.setAttribute("aria-labelledby", "sessie-voorbij-titel");
    dialog.removeAttribute("aria-describedby");
    if (!dialog.open) dialog.showModal();
    var link = overPart.querySelector("a");
    if (link) link.focus();
  }

  keepButton.addEventListener("click", function () {
    fetch(body.getAttribute("data-sessie-verleng-url"), {
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.verlengd) { ended(); return; }
        dialog.close();
        announcer.textContent = "U blijft ingelogd.";
        schedule(data.seconden);
      })
      .catch(function () { ended(); });
  });
  // Escape closes the dialog: that counts as "not now", the timers keep running.
  schedule(secondsLeft);
})();
