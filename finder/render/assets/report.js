/* finder HTML report: click a finding (or a claim) to bring its sentence and table cells into view. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("finder-data").textContent);
  var lit = [];

  function clear() {
    lit.forEach(function (el) { el.classList.remove("target", "active"); });
    lit = [];
  }

  function light(ids) {
    var first = { narrative: null, tables: null };
    ids.forEach(function (id) {
      var el = document.getElementById(id);
      if (!el) { return; }
      el.classList.add("target");
      lit.push(el);
      var pane = el.closest(".pane");
      if (pane && first[pane.id] === null) { first[pane.id] = el; }
    });
    ["narrative", "tables"].forEach(function (k) {
      if (first[k]) { first[k].scrollIntoView({ block: "center", inline: "nearest" }); }
    });
  }

  function show(fid) {
    var t = data.findings[fid];
    if (!t) { return; }
    clear();
    var card = document.getElementById(fid);
    if (card) { card.classList.add("active"); lit.push(card); }
    light(t.sentences.concat(t.claims, t.cells));
  }

  document.querySelectorAll(".finding").forEach(function (card) {
    card.addEventListener("click", function () { show(card.id); });
    card.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); show(card.id); }
    });
  });

  document.querySelectorAll(".claim[id]").forEach(function (span) {
    span.addEventListener("click", function () {
      var cells = data.claims[span.id] || [];
      clear();
      span.classList.add("target");
      lit.push(span);
      light(cells);
    });
  });

  if (location.hash && data.findings[location.hash.slice(1)]) { show(location.hash.slice(1)); }
})();
