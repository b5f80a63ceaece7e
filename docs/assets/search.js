// Client-side search over the index embedded in the page: methods, groups and returned types.
(function () {
  "use strict";
  var box = document.getElementById("search");
  var list = document.getElementById("search-results");
  var data = document.getElementById("search-index");
  if (!box || !list || !data) return;
  var root = document.body.getAttribute("data-root") || "";
  var index = JSON.parse(data.textContent);
  var active = -1;

  // A hit scores by where the words are found: the method's own name first, then its full name, then the rest.
  function score(entry, words, query) {
    var name = entry.n.toLowerCase();
    var own = (entry.m || "").toLowerCase();
    var rest = ((entry.s || "") + " " + (entry.k || "")).toLowerCase();
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      if (name.indexOf(words[i]) >= 0) total += 3;
      else if (rest.indexOf(words[i]) >= 0) total += 1;
      else return 0;
    }
    if (own === query) total += 10;
    else if (own.indexOf(query) === 0) total += 4;
    return total;
  }

  function find(query) {
    query = query.trim().toLowerCase();
    if (!query) return [];
    var words = query.split(/\s+/);
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], words, query);
      if (s > 0) hits.push({ entry: index[i], score: s, order: i });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits.slice(0, 30).map(function (hit) { return hit.entry; });
  }

  function show(hits) {
    list.textContent = "";
    active = hits.length ? 0 : -1;
    hits.forEach(function (entry, i) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + entry.u;
      link.textContent = entry.n;
      var summary = document.createElement("span");
      summary.textContent = entry.s || "";
      link.appendChild(summary);
      item.appendChild(link);
      if (i === active) item.className = "active";
      list.appendChild(item);
    });
    if (!hits.length && box.value.trim()) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = "Nothing found";
      list.appendChild(none);
    }
    list.hidden = !box.value.trim();
  }

  function move(step) {
    var items = list.querySelectorAll("li a");
    if (!items.length) return;
    if (active >= 0) items[active].parentNode.className = "";
    active = (active + step + items.length) % items.length;
    items[active].parentNode.className = "active";
    items[active].scrollIntoView({ block: "nearest" });
  }

  box.addEventListener("input", function () { show(find(box.value)); });
  box.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { move(1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { move(-1); event.preventDefault(); }
    else if (event.key === "Escape") { box.value = ""; show([]); }
    else if (event.key === "Enter") {
      var items = list.querySelectorAll("li a");
      if (items.length) { location.href = items[Math.max(active, 0)].href; list.hidden = true; }
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== box) { box.focus(); event.preventDefault(); }
  });
  document.addEventListener("click", function (event) {
    if (!list.contains(event.target) && event.target !== box) list.hidden = true;
  });
})();
