
// The HTML report's filters and copy buttons. It reads only the page's own attributes, never
// builds markup, and sets text with textContent, so article text stays text. Without it the
// filter form and the copy buttons stay hidden and every conflict shows.
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.conflict"));
  var form = document.getElementById("filters");

  function checkedValues(name) {
    var values = {};
    form.querySelectorAll("input[name='" + name + "']").forEach(function (box) {
      if (box.checked) values[box.value] = true;
    });
    return values;
  }

  function apply() {
    var severity = checkedValues("severity");
    var kind = checkedValues("kind");
    var source = checkedValues("source");
    var shown = 0;
    cards.forEach(function (card) {
      var ids = card.dataset.sources ? card.dataset.sources.split(" ") : [];
      // a card shows when its severity and kind are checked and one of its sources is
      var visible = severity[card.dataset.severity] === true && kind[card.dataset.kind] === true &&
        (ids.length === 0 || ids.some(function (id) { return source[id] === true; }));
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    document.querySelectorAll("[data-conflict-list]").forEach(function (list) {
      var note = list.querySelector(".none-shown");
      if (note) note.hidden = list.querySelector("article.conflict:not([hidden])") !== null;
    });
    form.querySelector("[data-shown]").textContent =
      shown === cards.length ? "Showing all " + cards.length + " conflicts"
                             : "Showing " + shown + " of " + cards.length + " conflicts";
  }

  if (form) {
    form.hidden = false;
    form.addEventListener("change", apply);
    form.querySelector("[data-show-all]").addEventListener("click", function () {
      form.querySelectorAll("input[type='checkbox']").forEach(function (box) { box.checked = true; });
      apply();
    });
    // "all" and "none" beside a long list of boxes
    form.querySelectorAll("button[data-check]").forEach(function (button) {
      button.addEventListener("click", function () {
        form.querySelectorAll("input[name='" + button.dataset.check + "']").forEach(function (box) {
          box.checked = button.dataset.to === "1";
        });
        apply();
      });
    });
    apply();
  }

  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  document.querySelectorAll("button.copy").forEach(function (button) {
    var code = button.parentNode.querySelector("code.id");
    button.hidden = false;
    button.addEventListener("click", function () {
      function done() {
        button.textContent = "copied";
        window.setTimeout(function () { button.textContent = "copy id"; }, 1500);
      }
      // a page opened from a file may have no clipboard: then the id is selected to copy
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(button.dataset.copy).then(done, function () { select(code); });
      } else {
        select(code);
      }
    });
  });
}());
