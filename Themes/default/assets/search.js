/*
 * Touchpoint search: the header box on every page and the search page.
 * Hand-written and dependency-free: the index (search/index.js, made at build
 * time) is a plain object, and matching it takes a few dozen lines, fewer
 * than a library's glue would. It loads through <script src>, never fetch,
 * so search works from file:// as well as from any static host. Without
 * JavaScript the header box submits to the search page, which lists every page.
 */
(function () {
  "use strict";

  var form = document.querySelector("form.site-search");
  var page = document.querySelector("form[data-search-page]");
  if (!form && !page) return;
  var root = (form || page).getAttribute("data-root") || "";
  var index = null;
  var waiting = [];

  // The same words as the build's SearchTerms: letters and digits, marks
  // dropped, lower case; stop words and one-letter words left out.
  function words(text) {
    var folded = String(text).normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase();
    return folded.match(/[\p{L}\p{N}]+/gu) || [];
  }

  function queryWords(text) {
    var seen = {};
    return words(text).filter(function (word) {
      if (word.length < 2 || index.stop[word] || seen[word]) return false;
      seen[word] = true;
      return true;
    });
  }

  function prepare(raw) {
    var stop = {};
    raw.stopWords.split(" ").forEach(function (word) { stop[word] = true; });
    return {
      stop: stop,
      sections: raw.sections,
      pages: raw.pages.map(function (page) {
        var headings = [];
        for (var i = 0; i + 1 < page[4].length; i += 2) {
          headings.push({ text: page[4][i], id: page[4][i + 1], words: words(page[4][i]) });
        }
        return { title: page[0], route: page[1], section: page[2], snippet: page[3],
                 titleWords: words(page[0]), headings: headings };
      }),
      terms: raw.terms ? raw.terms.split(" ") : [],
      postings: raw.postings ? raw.postings.split(";") : []
    };
  }

  function withIndex(callback) {
    if (index) return callback();
    waiting.push(callback);
    if (window.TouchpointSearchIndex) return loaded();
    if (document.getElementById("tp-search-index")) return;
    var script = document.createElement("script");
    script.id = "tp-search-index";
    script.src = root + "search/index.js";
    script.onload = loaded;
    document.head.appendChild(script);
  }

  function loaded() {
    if (!window.TouchpointSearchIndex) return;
    index = prepare(window.TouchpointSearchIndex);
    var callbacks = waiting;
    waiting = [];
    callbacks.forEach(function (callback) { callback(); });
  }

  // Pages holding a word that starts with `word`: each posting list is
  // page numbers written as base-36 distances from the previous one.
  function pagesStartingWith(word) {
    var found = {};
    for (var t = 0; t < index.terms.length; t++) {
      if (index.terms[t].lastIndexOf(word, 0) !== 0) continue;
      var page = 0;
      index.postings[t].split(",").forEach(function (step) {
        page += parseInt(step, 36);
        found[page] = true;
      });
    }
    return found;
  }

  function startsAny(list, word) {
    for (var i = 0; i < list.length; i++) if (list[i].lastIndexOf(word, 0) === 0) return true;
    return false;
  }

  // Every word must match somewhere. A match in the title counts most; then
  // one in the heading holding the most of the query (the result then links
  // to it), so "claims cycle" finds the heading "Claims cycle time"; then any
  // other heading; then the text.
  function search(text) {
    var query = queryWords(text);
    if (!query.length) return { words: query, results: [] };
    var candidates = null;
    query.forEach(function (word) {
      var found = pagesStartingWith(word);
      if (candidates === null) { candidates = found; return; }
      Object.keys(candidates).forEach(function (page) { if (!found[page]) delete candidates[page]; });
    });
    var results = Object.keys(candidates).map(function (key) {
      var number = Number(key), page = index.pages[number], score = 0, best = null, bestCount = 0;
      page.headings.forEach(function (heading) {
        var count = query.filter(function (word) { return startsAny(heading.words, word); }).length;
        if (count > bestCount) { best = heading; bestCount = count; }
      });
      query.forEach(function (word) {
        if (startsAny(page.titleWords, word)) score += 10;
        else if (best && startsAny(best.words, word)) score += 6;
        else if (page.headings.some(function (h) { return startsAny(h.words, word); })) score += 3;
        else score += 1;
      });
      return { number: number, page: page, score: score, heading: best };
    });
    results.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
    return { words: query, results: results };
  }

  function url(result) {
    return root + result.page.route + "index.html" + (result.heading ? "#" + result.heading.id : "");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Text with the words a query matched wrapped in <mark>, built as DOM nodes: page text is never parsed as HTML.
  function highlighted(tag, className, text, query) {
    var node = element(tag, className);
    String(text).split(/([\p{L}\p{N}\p{Mn}]+)/u).forEach(function (part, i) {
      var folded = i % 2 ? words(part)[0] || "" : "";
      var hit = folded && query.some(function (word) { return folded.lastIndexOf(word, 0) === 0; });
      if (hit) node.appendChild(element("mark", "", part));
      else if (part) node.appendChild(document.createTextNode(part));
    });
    return node;
  }

  function describe(result, query, into) {
    var section = result.page.section >= 0 ? index.sections[result.page.section] : "";
    if (section) into.appendChild(element("span", "search-result__section", section));
    if (result.heading) into.appendChild(highlighted("span", "search-result__heading", "§ " + result.heading.text, query));
    if (result.page.snippet) into.appendChild(highlighted("span", "search-result__snippet", result.page.snippet, query));
  }

  // The header box: a combobox whose list shows the first results.
  var input = form && form.querySelector(".site-search__input");
  var list = form && form.querySelector(".site-search__list");
  var active = -1;

  function options() { return list.querySelectorAll("[role=option]"); }

  function close() {
    list.hidden = true;
    list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function choose(position) {
    var all = options();
    if (!all.length) return;
    active = (position + all.length) % all.length;
    for (var i = 0; i < all.length; i++) all[i].setAttribute("aria-selected", i === active ? "true" : "false");
    input.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }

  function update() {
    var text = input.value;
    if (!text.trim()) return close();
    withIndex(function () {
      if (input.value !== text) return;
      var found = search(text);
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      found.results.slice(0, 8).forEach(function (result, i) {
        var option = element("li", "site-search__option");
        option.id = "tp-site-search-option-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var link = highlighted("a", "search-result__title", result.page.title, found.words);
        link.href = url(result);
        link.tabIndex = -1;
        option.appendChild(link);
        describe(result, found.words, option);
        option.addEventListener("mousedown", function (event) { event.preventDefault(); location.href = link.href; });
        list.appendChild(option);
      });
      var more = element("li", "site-search__more", found.results.length
        ? "Press Enter for all " + found.results.length + " results"
        : "No page matches “" + text.trim() + "”");
      more.setAttribute("role", "presentation");
      list.appendChild(more);
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    });
  }

  if (input && list) {
    input.addEventListener("focus", function () { withIndex(function () {}); });
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); if (list.hidden) update(); else choose(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); choose(active - 1); }
      else if (event.key === "Escape") { if (list.hidden) input.value = ""; close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        location.href = options()[active].querySelector("a").href;
      }
    });
    input.addEventListener("blur", close);
  }

  // The search page: every result, and the query kept in the address.
  if (!page) return;
  var pageInput = page.querySelector("input[name=q]");
  var results = document.getElementById("tp-search-results");
  var status = document.getElementById("tp-search-status");
  var directory = document.getElementById("tp-search-directory");

  function show(text) {
    withIndex(function () {
      var found = search(text);
      results.textContent = "";
      var asked = text.trim();
      results.hidden = !asked;
      directory.hidden = !!asked;
      if (!asked) { status.textContent = ""; return; }
      status.textContent = found.results.length === 1 ? "1 page matches “" + asked + "”."
        : (found.results.length || "No") + " pages match “" + asked + "”.";
      found.results.slice(0, 100).forEach(function (result) {
        var item = element("li", "search-result");
        var title = highlighted("a", "search-result__title", result.page.title, found.words);
        title.href = url(result);
        item.appendChild(title);
        describe(result, found.words, item);
        results.appendChild(item);
      });
    });
  }

  var asked = new URLSearchParams(location.search).get("q") || "";
  pageInput.value = asked;

  show(asked);
  pageInput.addEventListener("input", function () {
    show(pageInput.value);
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(pageInput.value)); } catch (e) { /* file:// in some browsers */ }
  });
  page.addEventListener("submit", function (event) { event.preventDefault(); show(pageInput.value); });
})();
