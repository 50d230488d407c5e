// Site search for one language at a time, in Material's search box and result markup.
//
// Why not Material's lunr search: it shares one index between the three languages (results
// mix), its Arabic pipeline loses Persian words, and nothing folds the spellings people
// type. Here each page loads only its own language's index (overrides/hooks/search_index.py writes
// <language root>/search/kb-index.json), and the index text and the query go through the
// same folding (search-normalize.js). The index keeps the original text, so snippets and
// highlights show the page's own spelling.
//
// Matching: every query word must occur in the page, as a whole word or as the start of a
// word (prefix matching while typing). Adjacent query words are also tried joined, because
// a plain space is often typed where the page has a half-space («می شود» for «می‌شود»).
// Ranking: a match in the title counts far more than one in a heading, and a heading more
// than the body; a whole word more than a prefix; the words as a phrase more than scattered.
;(function () {
  "use strict"

  // In Node (the unit tests) only the engine is wanted; search-normalize.js lies beside us.
  var inNode = typeof module === "object" && module.exports
  var N = inNode ? require("./search-normalize.js") : window.kbSearchNormalize
  var root = inNode ? null : document.querySelector("[data-kb-search]")
  if (!inNode && (!N || !root)) return

  var FIELD = { title: 4, heading: 2, body: 1 }
  var PAGE_SIZE = 10 // results drawn at once; more follow on scrolling
  var MAX_SECTIONS = 3
  var MAX_JOINED_WORDS = 6 // 2^(n-1) ways to join n words; more words are taken as typed

  // ---- Index -----------------------------------------------------------------------

  // Postings per folded word: a flat list of (section, fields, count) triples.
  function Engine(data) {
    var sections = []
    var firstSection = []
    var postings = new Map()
    data.pages.forEach(function (page, pageId) {
      firstSection.push(sections.length)
      page.s.forEach(function (section, i) {
        var id = sections.length
        sections.push({ page: pageId, heading: section.h, anchor: section.a, text: section.x })
        var counts = new Map()
        var add = function (text, field) {
          N.words(text).forEach(function (word) {
            var entry = counts.get(word)
            if (!entry) counts.set(word, (entry = { fields: 0, count: 0 }))
            entry.fields |= field
            if (field === FIELD.body) entry.count++
          })
        }
        // The title belongs to the page; it is indexed once, with the page's intro section.
        if (i === 0) add(page.t, FIELD.title)
        add(section.h, FIELD.heading)
        add(section.x, FIELD.body)
        counts.forEach(function (entry, word) {
          var list = postings.get(word)
          if (!list) postings.set(word, (list = []))
          list.push(id, entry.fields, entry.count)
        })
      })
    })
    firstSection.push(sections.length) // so that page p owns sections [first[p], first[p + 1])
    this.pages = data.pages
    this.sections = sections
    this.firstSection = firstSection
    this.sectionPage = Int32Array.from(sections, function (section) { return section.page })
    this.postings = postings
    this.words = Array.from(postings.keys()).sort()
    this.cache = new Map()
    this.folded = new Map() // text -> its folded words, for phrase matching
    // Synonym groups from the glossary (scripts/kb/glossary.yml via search_index.py): any
    // form of a concept, in any language, also searches for this language's terms of it.
    this.synonyms = (data.syn || []).map(function (group) {
      return { forms: group.f.map(N.words), terms: group.t.map(N.words) }
    })
  }

  // Score of a word match by field: title > heading > body, whole word > prefix. A word the
  // reader has finished typing (any but the last) that is only the start of a longer word
  // (a plural, a compound: «مدیر» in «مدیریت») counts for little.
  var FINISHED_PREFIX = 0.25
  function fieldScore(fields, count, exact, coverage, finished) {
    var prefix = exact ? 1 : finished ? FINISHED_PREFIX : 0.6 + 0.3 * coverage
    if (fields & FIELD.title) return 100 * prefix
    if (fields & FIELD.heading) return 30 * prefix
    return (5 + Math.min(count - 1, 3)) * prefix
  }

  // Best score, per section, of any indexed word that starts with `term`: a dense array
  // by section id plus the ids that have one (typed arrays: this runs on every keystroke).
  Engine.prototype.termScores = function (term, finished) {
    var words = this.words
    var low = 0
    var high = words.length
    while (low < high) {
      var mid = (low + high) >> 1
      if (words[mid] < term) low = mid + 1
      else high = mid
    }
    var score = new Float64Array(this.sections.length)
    var ids = []
    for (var w = low; w < words.length && words[w].startsWith(term); w++) {
      var word = words[w]
      var list = this.postings.get(word)
      var exact = word.length === term.length
      for (var i = 0; i < list.length; i += 3) {
        var value = fieldScore(list[i + 1], list[i + 2], exact, term.length / word.length, finished)
        var id = list[i]
        if (score[id] === 0) ids.push(id)
        if (score[id] < value) score[id] = value
      }
    }
    // Typo tolerance: a word of five letters or more also finds words one slip away (a
    // letter wrong, missing, extra or two swapped), in the word or at its start while
    // typing; TYPO keeps even a title found this way below a body match of the words typed.
    if (term.length >= MIN_TYPO_LENGTH) {
      for (var v = 0; v < words.length; v++) {
        var other = words[v]
        if (other.startsWith(term)) continue // an exact or prefix match, scored above
        var start = other.slice(0, term.length)
        var longer = other.slice(0, term.length + 1)
        if (!oneSlip(term, other) && !oneSlip(term, start) && !oneSlip(term, longer)) continue
        var postings = this.postings.get(other)
        for (var p = 0; p < postings.length; p += 3) {
          var fuzzy = TYPO * fieldScore(postings[p + 1], postings[p + 2], true, 1)
          var section = postings[p]
          if (score[section] === 0) ids.push(section)
          if (score[section] < fuzzy) score[section] = fuzzy
        }
      }
    }
    return { score: score, ids: ids }
  }

  var MIN_TYPO_LENGTH = 5
  var TYPO = 0.04
  // True when `a` and `b` differ by exactly one edit: a substitution, an insertion or
  // deletion, or two neighbouring letters swapped.
  function oneSlip(a, b) {
    if (a === b) return false
    var la = a.length
    var lb = b.length
    if (Math.abs(la - lb) > 1) return false
    var i = 0
    while (i < la && i < lb && a[i] === b[i]) i++
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true // one letter wrong
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) // swapped
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1) // extra or missing
  }

  // Ways to read the query: each adjacent pair of words either apart or joined.
  function readings(terms) {
    if (terms.length > MAX_JOINED_WORDS) return [terms]
    var found = []
    for (var joins = 0; joins < 1 << (terms.length - 1); joins++) {
      var groups = [terms[0]]
      for (var i = 1; i < terms.length; i++) {
        if (joins & (1 << (i - 1))) groups[groups.length - 1] += terms[i]
        else groups.push(terms[i])
      }
      found.push(groups)
    }
    return found
  }

  // Scores of a term, kept while typing: the words before the last one do not change.
  Engine.prototype.scoresOf = function (term, finished) {
    var key = finished ? term + "\u0000" : term
    var scores = this.cache.get(key)
    if (!scores) {
      if (this.cache.size > 200) this.cache.clear()
      this.cache.set(key, (scores = this.termScores(term, finished)))
    }
    return scores
  }

  // Pages where every word of one reading occurs, as [page id, score] pairs.
  Engine.prototype.matchReading = function (groups) {
    var k = groups.length
    var sectionPage = this.sectionPage
    var best = new Float64Array(this.pages.length * k) // best score of each word in each page
    var together = new Uint8Array(this.pages.length) // a section of the page has every word
    var count = new Uint8Array(this.sections.length)
    var candidates = []
    groups.forEach(function (term, t) {
      var scores = this.scoresOf(term, t < k - 1)
      for (var i = 0; i < scores.ids.length; i++) {
        var id = scores.ids[i]
        var page = sectionPage[id]
        var slot = page * k + t
        if (t === 0 && best[slot] === 0) candidates.push(page)
        if (best[slot] < scores.score[id]) best[slot] = scores.score[id]
        if (++count[id] === k) together[page] = 1
      }
    }, this)
    var found = []
    candidates.forEach(function (page) {
      var score = 0
      for (var t = 0; t < k; t++) {
        if (best[page * k + t] === 0) return
        score += best[page * k + t]
      }
      // All words in one section beat the same words scattered over the page.
      if (k > 1 && together[page]) score += 8
      found.push([page, score])
    })
    return found
  }

  // Index of `form` as consecutive words of `terms`, or -1.
  function position(terms, form) {
    if (!form.length) return -1
    for (var i = 0; i + form.length <= terms.length; i++) {
      if (form.every(function (word, j) { return terms[i + j] === word })) return i
    }
    return -1
  }

  // The query as typed (weight 1), then with each glossary form it contains replaced by this
  // language's terms of the concept (weight SYNONYM): a synonym ranks just below the words typed.
  var SYNONYM = 0.9
  Engine.prototype.queries = function (terms) {
    var found = [{ terms: terms, weight: 1 }]
    this.synonyms.forEach(function (group) {
      group.forms.forEach(function (form) {
        var at = position(terms, form)
        if (at < 0) return
        group.terms.forEach(function (term) {
          if (term.join(" ") === form.join(" ")) return
          var replaced = terms.slice(0, at).concat(term, terms.slice(at + form.length))
          found.push({ terms: replaced, weight: SYNONYM })
        })
      })
    })
    return found
  }

  // Pages that match the query in some reading, best first: { page, score, terms }, where
  // terms are the words of the best reading (what to highlight).
  Engine.prototype.search = function (query) {
    var typed = N.words(query)
    if (!typed.length) return []
    var results = new Map()
    this.queries(typed).forEach(function (variant) {
      readings(variant.terms).forEach(function (groups) {
        this.matchReading(groups).forEach(function (match) {
          var score = match[1] * variant.weight
          var best = results.get(match[0])
          if (!best || best.score < score) results.set(match[0], { page: match[0], score: score, terms: groups })
        })
      }, this)
    }, this)
    var ranked = Array.from(results.values())
    if (typed.length > 1) {
      ranked.forEach(function (result) { result.score += this.phraseBonus(result) }, this)
    }
    return ranked.sort(function (a, b) {
      return b.score - a.score || a.page - b.page
    })
  }

  // An exact phrase beats the same words scattered: the words of the result's reading, in
  // order and next to each other, in the page's title, a heading or a section's text.
  var PHRASE = { title: 60, heading: 25, body: 10 }
  Engine.prototype.phraseBonus = function (result) {
    var phrase = " " + result.terms.join(" ") + " "
    var folded = this.folded
    var has = function (text) {
      var words = folded.get(text) // folded once per text: this runs on every keystroke
      if (words === undefined) folded.set(text, (words = " " + N.words(text).join(" ") + " "))
      return words.indexOf(phrase) >= 0
    }
    if (has(this.pages[result.page].t)) return PHRASE.title
    var bonus = 0
    for (var id = this.firstSection[result.page]; id < this.firstSection[result.page + 1]; id++) {
      var section = this.sections[id]
      if (section.heading && has(section.heading)) return PHRASE.heading
      if (!bonus && has(section.text)) bonus = PHRASE.body
    }
    return bonus
  }

  // The sections of a result's page that match its words, best first, as [section id, score].
  Engine.prototype.sectionsOf = function (result) {
    var found = []
    for (var id = this.firstSection[result.page]; id < this.firstSection[result.page + 1]; id++) {
      var score = 0
      result.terms.forEach(function (term) { score += this.scoresOf(term).score[id] }, this)
      if (score > 0) found.push([id, score])
    }
    return found.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0] })
  }

  if (inNode) {
    module.exports = { Engine: Engine }
    return
  }

  // ---- Drawing ---------------------------------------------------------------------

  var toggle = document.getElementById("__search")
  var input = root.querySelector(".md-search__input")
  var meta = root.querySelector(".md-search-result__meta")
  var list = root.querySelector(".md-search-result__list")
  var reset = root.querySelector("[data-kb-search-reset]")
  var scrollwrap = root.querySelector(".md-search__scrollwrap")
  // Resolved now: the header, and this element with it, outlives instant navigation.
  // data-root is the language root and data-index its index (kb/languages.py via search.html).
  var indexUrl = new URL(root.getAttribute("data-index"), location.href)
  var languageRoot = new URL(root.getAttribute("data-root"), location.href)
  var strings = root.dataset

  // Folded texts with their maps, kept while typing: each keystroke draws mostly the same pages.
  var mappedTexts = new Map()
  function foldWithMap(text) {
    var mapped = mappedTexts.get(text)
    if (!mapped) {
      if (mappedTexts.size > 500) mappedTexts.clear()
      mappedTexts.set(text, (mapped = N.foldWithMap(text)))
    }
    return mapped
  }

  // Original-text ranges of the words that start with one of the folded terms.
  function matches(text, terms) {
    var mapped = foldWithMap(text)
    var ranges = []
    N.tokens(mapped.text).forEach(function (token) {
      if (terms.some(function (term) { return token.text.startsWith(term) })) {
        ranges.push([mapped.map[token.start], mapped.map[token.end]])
      }
    })
    return ranges
  }

  // Append `text` to `parent` with the matched words in <mark>; a long text is cut to a
  // window around its first match.
  function appendMarked(parent, text, terms, window) {
    var ranges = matches(text, terms)
    var start = 0
    var end = text.length
    if (window && text.length > window) {
      var first = ranges.length ? ranges[0][0] : 0
      start = Math.max(0, first - Math.floor(window / 4))
      if (start > 0) start = text.indexOf(" ", start) + 1 || start
      end = Math.min(text.length, start + window)
      if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end
    }
    if (start > 0) parent.appendChild(document.createTextNode("… "))
    var at = start
    ranges.forEach(function (range) {
      if (range[1] <= at || range[0] >= end) return
      var from = Math.max(range[0], at)
      parent.appendChild(document.createTextNode(text.slice(at, from)))
      var mark = document.createElement("mark")
      mark.textContent = text.slice(from, Math.min(range[1], end))
      parent.appendChild(mark)
      at = Math.min(range[1], end)
    })
    parent.appendChild(document.createTextNode(text.slice(at, end)))
    if (end < text.length) parent.appendChild(document.createTextNode(" …"))
  }

  function article(tag, heading, text, terms, isDocument) {
    var element = document.createElement("article")
    element.className = "md-search-result__article md-typeset" + (isDocument ? " md-search-result__article--document" : "")
    if (isDocument) {
      var icon = document.createElement("div")
      icon.className = "md-search-result__icon md-icon"
      element.appendChild(icon)
    }
    var title = document.createElement(tag)
    appendMarked(title, heading, terms, 0)
    element.appendChild(title)
    if (text) {
      var paragraph = document.createElement("p")
      appendMarked(paragraph, text, terms, 200)
      element.appendChild(paragraph)
    }
    return element
  }

  function link(href, child) {
    var a = document.createElement("a")
    a.className = "md-search-result__link"
    a.href = href
    a.appendChild(child)
    return a
  }

  function item(engine, result) {
    var page = engine.pages[result.page]
    var url = new URL(page.u, languageRoot).href
    var element = document.createElement("li")
    element.className = "md-search-result__item"
    var firstId = engine.firstSection[result.page]
    element.appendChild(link(url, article("h1", page.t, engine.sections[firstId].text, result.terms, true)))
    engine.sectionsOf(result)
      .filter(function (entry) { return entry[0] !== firstId })
      .slice(0, MAX_SECTIONS)
      .forEach(function (entry) {
        var section = engine.sections[entry[0]]
        var href = url + (section.anchor ? "#" + section.anchor : "")
        element.appendChild(link(href, article("h2", section.heading, section.text, result.terms, false)))
      })
    return element
  }

  // Results not drawn yet: drawn a page at a time, as the reader scrolls or arrows down.
  var pending = []

  function drawMore() {
    var fragment = document.createDocumentFragment()
    pending.splice(0, PAGE_SIZE).forEach(function (result) {
      fragment.appendChild(item(engine, result))
    })
    list.appendChild(fragment)
  }

  function draw(results) {
    var count = results.length
    meta.textContent = count === 0 ? strings.none : count === 1 ? strings.one : strings.other.replace("#", count)
    list.textContent = ""
    pending = results.slice()
    drawMore()
  }

  // ---- Behaviour -------------------------------------------------------------------

  var engine = null
  var loading = null

  function load() {
    if (!loading) {
      loading = fetch(indexUrl)
        .then(function (response) { return response.json() })
        .then(function (data) {
          engine = new Engine(data)
          if (input.value) update()
        })
        .catch(function () {
          loading = null // offline for a moment: the next keystroke or opening tries again
        })
    }
    return loading
  }

  function update() {
    var query = input.value
    if (!N.words(query).length) {
      list.textContent = ""
      meta.textContent = strings.placeholder
    } else if (!engine) {
      meta.textContent = strings.initializer
      load()
      return
    } else {
      draw(engine.search(query))
    }
    // Which query the results on screen answer: the tests and kb/bench/search.py wait on it.
    root.setAttribute("data-kb-drawn", query)
  }

  function isOpen() {
    return toggle.checked
  }

  function setOpen(open) {
    if (toggle.checked === open) return
    toggle.checked = open
    toggle.dispatchEvent(new Event("change"))
  }

  function links() {
    return Array.from(list.querySelectorAll(".md-search-result__link"))
  }

  // Where "s" and "/" are text, not shortcuts (a focused checklist checkbox is not).
  function isEditable(element) {
    if (!element) return false
    if (element.tagName === "INPUT") return !/^(checkbox|radio|button|submit|reset)$/.test(element.type)
    return element.isContentEditable || /^(TEXTAREA|SELECT)$/.test(element.tagName)
  }

  toggle.addEventListener("change", function () {
    if (isOpen()) {
      load()
      // At once, so that keys typed right after "/" land in the box, and again after a
      // click on the header button has finished moving focus.
      input.focus()
      setTimeout(function () { input.focus() })
    } else {
      input.blur()
    }
  })

  input.addEventListener("focus", function () {
    load()
    setOpen(true)
  })
  input.addEventListener("input", update)

  reset.addEventListener("click", function () {
    input.value = ""
    update()
    input.focus()
  })

  // Keys inside the search box and its results.
  root.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    var all = links()
    var current = all.indexOf(document.activeElement)
    switch (event.key) {
      case "Escape":
        setOpen(false)
        break
      case "ArrowDown":
      case "ArrowUp":
        if (!all.length) return
        var next = current + (event.key === "ArrowDown" ? 1 : -1)
        if (current === -1) next = event.key === "ArrowDown" ? 0 : all.length - 1
        if (next >= all.length && pending.length) {
          drawMore()
          all = links()
        }
        if (next < 0 || next >= all.length) input.focus()
        else all[next].focus()
        break
      case "Enter":
        if (document.activeElement !== input || !all.length) return
        all[0].click()
        break
      default:
        // Typing while a result has focus goes on into the box.
        if (current !== -1 && event.key.length === 1) input.focus()
        return
    }
    event.preventDefault()
  })

  // Keys anywhere else: "/" and "s" open search, as in Material.
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || isOpen() || isEditable(document.activeElement)) return
    if (event.key === "/" || event.key === "s" || event.key === "S") {
      event.preventDefault()
      setOpen(true)
    }
  })

  scrollwrap.addEventListener("scroll", function () {
    if (pending.length && scrollwrap.scrollTop + scrollwrap.clientHeight > scrollwrap.scrollHeight - 200) drawMore()
  }, { passive: true })

  // Following a result closes the search; instant navigation then loads the page.
  list.addEventListener("click", function (event) {
    if (event.target.closest(".md-search-result__link")) setOpen(false)
  })

  // Fetch the index once the page has settled, so that the first query finds it ready.
  var idle = window.requestIdleCallback || function (callback) { setTimeout(callback, 1000) }
  window.addEventListener("load", function () { idle(load, { timeout: 3000 }) })

  // Instant navigation keeps the header (and this element) but replaces the page.
  if (typeof document$ !== "undefined") {
    document$.subscribe(function () { setOpen(false) })
  }
})()
