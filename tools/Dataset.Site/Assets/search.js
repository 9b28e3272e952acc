"use strict";
(function () {
  const form = document.getElementById("search");
  const input = document.getElementById("q");
  const results = document.getElementById("results");
  const status = document.getElementById("status");
  function escape(text) {
    return text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c]);
  }
  function fold(text) {
    return text.toLowerCase()
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, "\"");
  }
  // A quote matches when its statement does: its own text or one of its copies' (headline, body, another article).
  const folded = window.SEARCH_INDEX.map(entry => fold(entry.match));
  function run(query) {
    const wanted = fold(query.trim());
    const phrase = /^".+"$/.test(wanted);
    const needles = phrase ? [wanted.slice(1, -1)] : wanted.split(/\s+/).filter(word => word.length > 0);
    results.textContent = "";
    if (needles.length === 0) { status.textContent = ""; return; }
    const hits = window.SEARCH_INDEX.filter((entry, i) => needles.every(needle => folded[i].includes(needle)));
    status.textContent =
      hits.length + (hits.length === 1 ? " result" : " results") + " for \u201c" + query.trim() + "\u201d";
    for (const hit of hits) {
      const item = document.createElement("li");
      item.className = "hit " + hit.kind;
      if (hit.quote) { item.dataset.quote = hit.quote; }
      item.innerHTML = "<a href=\"" + escape(hit.href) + "\">" + escape(hit.title) + "</a> " +
        "<span class=\"meta\">" + escape(hit.where) + "</span><br>" + escape(hit.text);
      results.appendChild(item);
    }
  }
  form.addEventListener("submit", event => { event.preventDefault(); run(input.value); });
  input.addEventListener("input", () => run(input.value));
  const initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();