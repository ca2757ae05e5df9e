// Search across records, entirely in the browser: the index is a prebuilt MiniSearch index loaded
// from search-index.js by a script tag, because fetch() is refused on pages opened from disk.
(() => {
  document.documentElement.className += " js";
  var form = document.getElementById("sms-search-form");
  var input = document.getElementById("sms-search-q");
  var list = document.getElementById("sms-search-results");
  var status = document.getElementById("sms-search-status");
  if (!form || !input || !list || !status) return;
  var data = window.SMS_SEARCH;
  if (!data || !window.MiniSearch) {
    status.textContent = "The search index could not be loaded; use the registers instead.";
    return;
  }
  var options = { fields: data.options.fields.slice(), storeFields: data.options.storeFields.slice() };
  var index = window.MiniSearch.loadJSON(data.index, options);

  function show(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!query.trim()) {
      status.textContent = "Type a record id, a word of a title, an owner or any text.";
      return;
    }
    // Numbers are matched exactly: a fuzzy "0003" would also find 0001 and 0002.
    var hits = index.search(query, {
      prefix: (term) => term.length > 2,
      fuzzy: (term) => (/^[0-9]+$/.test(term) || term.length < 5 ? false : 0.2),
      boost: { rid: 3, title: 2 },
      combineWith: "AND",
    });
    status.textContent =
      hits.length +
      (hits.length === 1 ? " record matches" : " records match") +
      " \u201c" +
      query +
      "\u201d.";
    hits.slice(0, 100).forEach((hit) => {
      var li = document.createElement("li");
      var a = document.createElement("a");
      // Index entries are site-relative paths built by the engine, never text from a record.
      a.href = hit.href;
      a.textContent = hit.rid;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " (" + hit.kind + ")";
      li.appendChild(a);
      li.appendChild(document.createTextNode(" " + hit.title));
      li.appendChild(kind);
      list.appendChild(li);
    });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show(input.value);
    if (window.history?.replaceState) {
      try {
        window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      } catch {
        // Some browsers refuse to change the URL of a page opened from disk; the results still show.
      }
    }
  });
  input.addEventListener("input", () => {
    show(input.value);
  });
  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  show(q);
})();
