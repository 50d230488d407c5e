// Site search for one language at a time, in Material's search box and result markup.
//
// Why not Material's lunr search: it shares one index between the three languages (results
// mix), its Arabic pipeline loses Persian words, and nothing folds the spellings people
// type. Here each page loads only its own language's index, and only the pieces of it that
// a query needs (scripts/kb/search_index.js cuts it at build time, with this very folding,
// search-normalize.js, under <language root>/search/). The index keeps the original text,
// so snippets and highlights show the page's own spelling.
//
// Matching: every query word must occur in the page, as a whole word, as the start of a
// word (prefix matching while typing) or in another form of the same word (its stem,
// search-stem.js: «اجتماعات» finds «الاجتماع», "evaluate" finds "Evaluating"). Adjacent
// query words are also tried joined, because a plain space is often typed where the page
// has a half-space («می شود» for «می‌شود»). When no page holds every word, the pages that
// hold the most of them are shown instead (partial matches), with a line saying so.
// Ranking: a match in the title counts far more than one in a heading, and a heading more
// than the body, but a title holding only some of the words counts as a heading; a whole
// word more than a prefix, and a prefix more than another form of the word; the words as a
// phrase more than scattered.
;(function () {
  "use strict"

  // In Node (the unit tests) only the engine is wanted; search-normalize.js lies beside us.
  var inNode = typeof module === "object" && module.exports
  var N = inNode ? require("./search-normalize.js") : window.kbSearchNormalize
  var Stem = inNode ? require("./search-stem.js") : window.kbSearchStem
  var root = inNode ? null : document.querySelector("[data-kb-search]")
  if (!inNode && (!N || !Stem || !root)) return

  var FIELD = { title: 4, heading: 2, body: 1 }
  var PAGE_SIZE = 10 // results drawn at once; more follow on scrolling
  var MAX_SECTIONS = 3
  var MAX_JOINED_WORDS = 6 // 2^(n-1) ways to join n words; more words are taken as typed
  var MIN_PREFIX = 3 // a word of one or two letters matches whole words only (see chunksFor)

  // A posting's fields and body count in one number (scripts/kb/search_index.js writes it).
  function posting(fields, count) {
    return fields | (Math.min(count, 4) << 3)
  }

  // ---- Index -----------------------------------------------------------------------

  // The index comes in pieces (scripts/kb/search_index.js says which): `manifest` is
  // kb-index.json, and load(name) fetches a piece as a promise. The pieces a query needs are
  // fetched first (prepare); scoring then runs on what is loaded, synchronously.
  function Engine(manifest, load) {
    var firstSection = []
    var sectionPage = []
    this.pages = manifest.pages.map(function (page, pageId) {
      firstSection.push(sectionPage.length)
      for (var i = 0; i < page[2]; i++) sectionPage.push(pageId)
      return { u: page[0], t: page[1] }
    })
    firstSection.push(sectionPage.length) // so that page p owns sections [first[p], first[p + 1])
    this.firstSection = firstSection
    this.sectionPage = Int32Array.from(sectionPage)
    this.sections = [] // filled as result pages load: { heading, anchor, text }
    this.lang = manifest.lang
    this.chunkFirsts = { words: manifest.words, pairs: manifest.pairs, stems: manifest.stems || [] }
    this.chunks = { words: [], pairs: [], stems: [] } // loaded chunks: { keys, lists }
    this.postings = new Map() // folded word -> [section, code, ...]
    this.pairs = new Map() // "word word" -> [section, code, ...]
    this.stems = new Map() // stem -> [section, code, ...] of the other words with that stem
    this.typos = new Map() // folded term -> indexed words one slip away
    this.pieces = new Map() // piece name -> promise
    this.dir = manifest.dir
    this.fetchPiece = load
    this.cache = new Map()
    this.folded = new Map() // text -> its folded words, for phrase matching
    // Synonym groups from the glossary (scripts/kb/glossary.yml via search_index.py), as
    // folded words: any form of a concept, in any language, also searches for this
    // language's terms of it.
    this.synonyms = (manifest.syn || []).map(function (group) {
      return { forms: group.f, terms: group.t }
    })
  }

  // A piece, fetched once; a failed fetch is forgotten so that the next query tries again.
  Engine.prototype.piece = function (name) {
    var pieces = this.pieces
    var found = pieces.get(name)
    if (!found) {
      found = this.fetchPiece(this.dir + name)
      found.catch(function () { pieces.delete(name) })
      pieces.set(name, found)
    }
    return found
  }

  // Last position in sorted `list` whose entry is <= `key`, or -1.
  function lastAtMost(list, key) {
    var low = 0
    var high = list.length
    while (low < high) {
      var mid = (low + high) >> 1
      if (list[mid] <= key) low = mid + 1
      else high = mid
    }
    return low - 1
  }

  // Chunks (of "words" or "pairs") holding `key`, or with `exact` false every word that
  // starts with it. A word under MIN_PREFIX letters would start too many (in Arabic, «ال»
  // begins half the words), so it stays exact.
  Engine.prototype.chunksFor = function (kind, key, exact) {
    var firsts = this.chunkFirsts[kind]
    var start = Math.max(0, lastAtMost(firsts, key))
    var end = start + 1
    if (!exact && key.length >= MIN_PREFIX) while (end < firsts.length && firsts[end].startsWith(key)) end++
    var found = []
    for (var c = start; c < end && c < firsts.length; c++) found.push(c)
    return found
  }

  Engine.prototype.loadChunk = function (kind, c) {
    var self = this
    return this.piece(kind + "-" + c + ".json").then(function (data) {
      if (self.chunks[kind][c]) return
      var table = kind === "words" ? self.postings : kind === "stems" ? self.stems : self.pairs
      var lists = data.p.map(function (packed, k) {
        var list = packed.slice()
        for (var i = 2; i < list.length; i += 2) list[i] += list[i - 2] // sections were stored as differences
        table.set(data.k[k], list)
        return list
      })
      self.chunks[kind][c] = { keys: data.k, lists: lists }
    })
  }

  // Calls fn(word, postings) for each indexed word that starts with `term` (or is it).
  Engine.prototype.eachWord = function (term, exact, fn) {
    exact = exact || term.length < MIN_PREFIX
    this.chunksFor("words", term, exact).forEach(function (c) {
      var chunk = this.chunks.words[c]
      if (!chunk) return
      for (var k = lastAtMost(chunk.keys, term); k < chunk.keys.length; k++) {
        var word = chunk.keys[k]
        if (k < 0 || word < term) continue
        if (!word.startsWith(term) || (exact && word !== term)) break
        fn(word, chunk.lists[k])
      }
    }, this)
  }

  // Fetch what `query` needs: the chunks of its words and word pairs in every reading, then,
  // for a long word that starts no indexed word, the word list and the chunks of the words
  // one slip away (typo tolerance).
  Engine.prototype.prepare = function (query) {
    var self = this
    var terms = new Set()
    var pairs = new Set()
    var typed = new Set() // words as typed (not joined): the ones a slip may be in
    var forms = new Set() // words as typed, whose other forms are looked up (not joined groups)
    this.queries(N.words(query), false).forEach(function (variant) {
      // A word without its particle is no typing slip to look up in the whole word list.
      if (!variant.particle) variant.terms.forEach(function (term) { typed.add(term) })
      variant.terms.forEach(function (term) { if (term.length >= MIN_PREFIX) forms.add(term) })
      readings(variant.terms).forEach(function (groups) {
        groups.forEach(function (term, t) {
          terms.add(term)
          if (t > 0) pairs.add(groups[t - 1] + " " + term)
        })
      })
    })
    var wanted = []
    terms.forEach(function (term) {
      self.chunksFor("words", term, false).forEach(function (c) { wanted.push(self.loadChunk("words", c)) })
    })
    // Other forms of each word typed: the words that share its stem, and its stem as a word.
    // Not of words joined across a space: those are a guess at a half-space, and new ones at
    // every keystroke would fetch new pieces for nothing.
    forms.forEach(function (term) {
      var root = self.stemOf(term)
      self.chunksFor("stems", root, true).forEach(function (c) { wanted.push(self.loadChunk("stems", c)) })
      if (root !== term) {
        self.chunksFor("words", root, true).forEach(function (c) { wanted.push(self.loadChunk("words", c)) })
      }
    })
    pairs.forEach(function (pair) {
      self.chunksFor("pairs", pair, true).forEach(function (c) { wanted.push(self.loadChunk("pairs", c)) })
    })
    return Promise.all(wanted).then(function () {
      var unknown = Array.from(typed).filter(function (term) {
        if (term.length < MIN_TYPO_LENGTH || self.typos.has(term)) return false
        if (self.finds(term)) return false // another form of it is no slip either
        var bare = self.withoutParticles([term], false) // nor is a word with a particle on
        return !(bare && self.finds(bare[0]))
      })
      if (!unknown.length) return
      return self.piece("words.json").then(function (all) {
        var more = []
        unknown.forEach(function (term) {
          var near = all.filter(function (word) { return nearTerm(term, word) })
          self.typos.set(term, near)
          near.forEach(function (word) {
            self.chunksFor("words", word, true).forEach(function (c) { more.push(self.loadChunk("words", c)) })
          })
        })
        return Promise.all(more)
      })
    })
  }

  Engine.prototype.stemOf = function (term) {
    return Stem.stem(term, this.lang)
  }

  // Calls fn(postings) for the words that are other forms of `term` (its stem, search-stem.js):
  // those that reduce to the same stem, and the stem itself if it is a word that stays as it
  // is. True when there were any.
  Engine.prototype.eachForm = function (term, fn) {
    if (term.length < MIN_PREFIX) return false
    var root = this.stemOf(term)
    var found = false
    var others = this.stems.get(root)
    if (others) {
      fn(others)
      found = true
    }
    var same = root !== term && this.stemOf(root) === root ? this.postings.get(root) : null
    if (same) {
      fn(same)
      found = true
    }
    return found
  }

  // The pages of `results` with their sections loaded (for drawing them).
  Engine.prototype.loadPages = function (results) {
    var self = this
    return Promise.all(
      results.map(function (result) {
        var first = self.firstSection[result.page]
        if (self.sections[first]) return null
        return self.piece("page-" + result.page + ".json").then(function (parts) {
          parts.forEach(function (part, i) {
            self.sections[first + i] = { heading: part[0], anchor: part[1], text: part[2] }
          })
        })
      })
    )
  }

  // Score of a word match by field: title > heading > body, whole word > prefix. A word the
  // reader has finished typing (any but the last) that is only the start of a longer word
  // (a plural, a compound: «مدیر» in «مدیریت») counts for little.
  var FINISHED_PREFIX = 0.25
  // Another form of the word (same stem) counts less than any prefix of it: the word as the
  // reader typed it ranks first, field for field.
  var STEM = 0.2
  function fieldScore(fields, count, exact, coverage, finished) {
    var prefix = exact ? 1 : finished ? FINISHED_PREFIX : 0.6 + 0.3 * coverage
    if (fields & FIELD.title) return 100 * prefix
    if (fields & FIELD.heading) return 30 * prefix
    return (5 + Math.min(count - 1, 3)) * prefix
  }

  // Best score, per section, of any indexed word that starts with `term`: a dense array
  // by section id plus the ids that have one (typed arrays: this runs on every keystroke).
  Engine.prototype.termScores = function (term, finished, joined) {
    var score = new Float64Array(this.sectionPage.length)
    var titled = new Uint8Array(this.sectionPage.length) // the best score came from the title
    var ids = []
    var mark = function (list, value) {
      for (var i = 0; i < list.length; i += 2) {
        var id = list[i]
        var fields = list[i + 1] & 7
        var points = value(fields, list[i + 1] >> 3)
        if (score[id] === 0) ids.push(id)
        if (score[id] < points) {
          score[id] = points
          titled[id] = fields & FIELD.title ? 1 : 0
        }
      }
    }
    this.eachWord(term, false, function (word, list) {
      var exact = word.length === term.length
      mark(list, function (fields, count) {
        return fieldScore(fields, count, exact, term.length / word.length, finished)
      })
    })
    if (!joined) {
      this.eachForm(term, function (list) {
        mark(list, function (fields, count) {
          return STEM * fieldScore(fields, count, true, 1)
        })
      })
    }
    // Typo tolerance: a word of five letters or more that starts no indexed word also finds
    // words one slip away (prepare found them); TYPO keeps even a title found this way below
    // a body match of the words typed.
    ;(this.typos.get(term) || []).forEach(function (word) {
      mark(this.postings.get(word) || [], function (fields, count) {
        return TYPO * fieldScore(fields, count, true, 1)
      })
    }, this)
    return { score: score, titled: titled, ids: ids }
  }

  // A slip while typing: one edit from the word, from its start, or from its start and one
  // letter more (the word is still being typed).
  function nearTerm(term, word) {
    if (word.startsWith(term)) return false
    return oneSlip(term, word) || oneSlip(term, word.slice(0, term.length)) || oneSlip(term, word.slice(0, term.length + 1))
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
    if (terms.length > MAX_JOINED_WORDS) return [withSizes(terms.slice(), terms.map(function () { return 1 }))]
    var found = []
    for (var joins = 0; joins < 1 << (terms.length - 1); joins++) {
      var groups = [terms[0]]
      var sizes = [1]
      for (var i = 1; i < terms.length; i++) {
        if (joins & (1 << (i - 1))) {
          groups[groups.length - 1] += terms[i]
          sizes[sizes.length - 1]++
        } else {
          groups.push(terms[i])
          sizes.push(1)
        }
      }
      found.push(withSizes(groups, sizes))
    }
    return found
  }

  // A reading's groups, carrying how many typed words each stands for (partial matches count them).
  function withSizes(groups, sizes) {
    groups.sizes = sizes
    return groups
  }

  // Scores of a term, kept while typing: the words before the last one do not change.
  // `joined`: the term is typed words joined (a reading), whose other forms are not looked up.
  Engine.prototype.scoresOf = function (term, finished, joined) {
    var key = term + (finished ? "\u0000" : "") + (joined ? "\u0001" : "")
    var scores = this.cache.get(key)
    if (!scores) {
      if (this.cache.size > 200) this.cache.clear()
      this.cache.set(key, (scores = this.termScores(term, finished, joined)))
    }
    return scores
  }

  var PART_TITLE = 0.3 // a heading's weight over a title's (fieldScore)
  // Pages where every word of one reading occurs, as [page id, score] pairs; with `sizes`
  // (how many typed words each group of the reading stands for), pages where SOME of them
  // occur, as [page id, score, typed words held].
  Engine.prototype.matchReading = function (groups, sizes) {
    var k = groups.length
    var sectionPage = this.sectionPage
    var best = new Float64Array(this.pages.length * k) // best score of each word in each page
    var titled = new Uint8Array(this.pages.length * k) // ... and whether the title gave it
    var together = new Uint8Array(this.pages.length) // a section of the page has every word
    var count = new Uint8Array(this.sectionPage.length)
    var seen = new Uint8Array(this.pages.length)
    var candidates = []
    groups.forEach(function (term, t) {
      var scores = this.scoresOf(term, t < k - 1, groups.sizes && groups.sizes[t] > 1)
      for (var i = 0; i < scores.ids.length; i++) {
        var id = scores.ids[i]
        var page = sectionPage[id]
        var slot = page * k + t
        if ((t === 0 || sizes) && best[slot] === 0 && !seen[page]) {
          seen[page] = 1
          candidates.push(page)
        }
        if (best[slot] < scores.score[id]) {
          best[slot] = scores.score[id]
          titled[slot] = scores.titled[id]
        }
        if (++count[id] === k) together[page] = 1
      }
    }, this)
    var found = []
    candidates.forEach(function (page) {
      var score = 0
      var inTitle = 0
      var held = 0
      var present = 0 // groups of the reading the page holds
      for (var t = 0; t < k; t++) {
        if (best[page * k + t] === 0) {
          if (!sizes) return
          continue
        }
        score += best[page * k + t]
        inTitle += titled[page * k + t]
        held += sizes ? sizes[t] : 1
        present++
      }
      // A page is about the query when its title holds every word: a title that holds only
      // some of them counts as a heading («بازاریابی» alone in a title does not make a page
      // about «مدیر بازاریابی»). Partial results: every word the page holds.
      if (inTitle > 0 && inTitle < present) {
        for (var w = 0; w < k; w++) {
          if (titled[page * k + w]) score -= best[page * k + w] * (1 - PART_TITLE)
        }
      }
      // All words in one section beat the same words scattered over the page.
      if (k > 1 && together[page]) score += 8
      found.push([page, score, held])
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
  // `loaded`: the index pieces of the query are here (rank), not being fetched (prepare).
  Engine.prototype.queries = function (terms, loaded) {
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
    found.slice().forEach(function (variant) {
      var without = this.withoutParticles(variant.terms, loaded)
      if (without) found.push({ terms: without, weight: variant.weight * PARTICLE_WEIGHT, particle: true })
    }, this)
    return found
  }

  // Arabic writes و ف ب ل ك onto the next word («وتعاطف», «بتسويق»). search-stem.js leaves a
  // lone letter on (taking it off every word would cut roots that start with it: «فريق»،
  // «برنامج»), so here a typed word of four letters or more that starts with one is also
  // tried without it, a little below the words as typed: prepare() fetches both, and rank()
  // keeps the reading without the letter only for a word that finds nothing as typed.
  var PARTICLE = /^[\u0648\u0641\u0628\u0644\u06A9]/ // و ف ب ل and ک (the folded ك)
  var PARTICLE_WEIGHT = 0.8
  Engine.prototype.withoutParticles = function (terms, loaded) {
    if (this.lang !== "ar") return null
    var changed = false
    var found = terms.map(function (term) {
      if (term.length < 4 || !PARTICLE.test(term) || (loaded && this.finds(term))) return term
      changed = true
      return term.slice(1)
    }, this)
    return changed ? found : null
  }

  // Whether a word finds anything as typed: a word, the start of one, or another form of it.
  Engine.prototype.finds = function (term) {
    var found = this.eachForm(term, function () {})
    this.eachWord(term, false, function () { found = true })
    return found
  }

  // Pages that match the query in some reading, best first: { page, score, terms }, where
  // terms are the words of the best reading (what to highlight). A promise: the pieces of
  // the index the query needs are fetched first.
  Engine.prototype.search = function (query) {
    var self = this
    return this.prepare(query).then(function () { return self.rank(query) })
  }

  // The results are an array; `partial` is true on it when no page holds every word and
  // these pages hold some of them, ranked by how many typed words they hold (in any form),
  // then by where (the score).
  Engine.prototype.rank = function (query) {
    var typed = N.words(query)
    if (!typed.length) return []
    var ranked = this.collect(typed, false)
    var partial = !ranked.length && typed.length > 1
    if (partial) ranked = this.collect(typed, true)
    else if (typed.length > 1) {
      ranked.forEach(function (result) { result.score += this.phraseBonus(result) }, this)
    }
    ranked.sort(function (a, b) {
      return b.held - a.held || b.score - a.score || a.page - b.page
    })
    ranked.partial = partial && ranked.length > 0
    return ranked
  }

  // Best result per page over every variant (synonyms) and reading (joins) of the typed words.
  Engine.prototype.collect = function (typed, partial) {
    var results = new Map()
    this.queries(typed, true).forEach(function (variant) {
      readings(variant.terms).forEach(function (groups) {
        this.matchReading(groups, partial ? groups.sizes : null).forEach(function (match) {
          var score = match[1] * variant.weight
          var held = partial ? match[2] : 0
          var best = results.get(match[0])
          if (!best || best.held < held || (best.held === held && best.score < score)) {
            results.set(match[0], { page: match[0], score: score, held: held, terms: groups })
          }
        })
      }, this)
    }, this)
    return Array.from(results.values())
  }

  // An exact phrase beats the same words scattered: the words of the result's reading, in
  // order and next to each other, in the page's title, a heading or a section's text. The
  // title is checked as text; headings and texts by the word pairs they hold (each pair of
  // the phrase in one section and one kind of field).
  var PHRASE = { title: 60, heading: 25, body: 10 }
  Engine.prototype.phraseBonus = function (result) {
    var terms = result.terms
    var title = this.pages[result.page].t
    var words = this.folded.get(title) // folded once per title: this runs on every keystroke
    if (words === undefined) this.folded.set(title, (words = " " + N.words(title).join(" ") + " "))
    if (words.indexOf(" " + terms.join(" ") + " ") >= 0) return PHRASE.title
    var first = this.firstSection[result.page]
    var last = this.firstSection[result.page + 1]
    // Words typed apart that one reading joins («می کند» for «می‌کند») are a phrase of one word.
    var lists = terms.length === 1 ? [this.postings.get(terms[0])] : []
    for (var t = 1; t < terms.length; t++) lists.push(this.pairs.get(terms[t - 1] + " " + terms[t]))
    var shared = new Uint8Array(last - first).fill(FIELD.heading | FIELD.body)
    lists.forEach(function (list) {
      list = list || []
      var inPair = new Uint8Array(last - first)
      for (var i = 0; i < list.length; i += 2) {
        if (list[i] >= first && list[i] < last) inPair[list[i] - first] = list[i + 1] & 7
      }
      for (var k = 0; k < shared.length; k++) shared[k] &= inPair[k]
    })
    var bonus = 0
    for (var j = 0; j < shared.length; j++) {
      if (shared[j] & FIELD.heading) return PHRASE.heading
      if (shared[j] & FIELD.body) bonus = PHRASE.body
    }
    return bonus
  }

  // The sections of a result's page that match its words, best first, as [section id, score].
  Engine.prototype.sectionsOf = function (result) {
    var found = []
    for (var id = this.firstSection[result.page]; id < this.firstSection[result.page + 1]; id++) {
      var score = 0
      var sizes = result.terms.sizes
      result.terms.forEach(function (term, t) { score += this.scoresOf(term, false, sizes && sizes[t] > 1).score[id] }, this)
      if (score > 0) found.push([id, score])
    }
    return found.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0] })
  }

  if (inNode) {
    module.exports = { Engine: Engine, FIELD: FIELD, posting: posting }
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

  // Whether a folded word of a text is one the reader searched for: it starts with a term
  // (whole words only for one or two letters, as matching does) or is another form of it
  // (same stem). Stems of the terms are worked out once per call.
  function matcher(terms) {
    var lang = strings.kbLang
    var wanted = terms.filter(function (term) { return term.length > 1 })
    // Other forms only of terms of three letters or more (as eachForm). A word's stem holds
    // the first letters of the word's root, so a word without the first three letters of any
    // term's stem is no form of it; only the others are stemmed (this runs on every word of
    // every snippet drawn, on each keystroke).
    var stems = wanted
      .filter(function (term) { return term.length >= MIN_PREFIX })
      .map(function (term) { return Stem.stem(term, lang) })
      .filter(function (stem) { return stem.length >= MIN_PREFIX })
    var starts = stems.map(function (stem) { return stem.slice(0, MIN_PREFIX) })
    return function (word) {
      for (var i = 0; i < wanted.length; i++) {
        var term = wanted[i]
        if (term.length < MIN_PREFIX ? word === term : word.startsWith(term)) return true
      }
      if (word.length < MIN_PREFIX || !stems.length) return false
      if (!starts.some(function (start) { return word.indexOf(start) >= 0 })) return false
      return stems.indexOf(Stem.stem(word, lang)) >= 0
    }
  }

  // Original-text ranges of the words that start with one of the folded terms, or are another
  // form of one of them.
  function matches(text, terms, mapped) {
    mapped = mapped || foldWithMap(text)
    var isWanted = Array.isArray(terms) ? matcher(terms) : terms
    var ranges = []
    N.tokens(mapped.text).forEach(function (token) {
      if (isWanted(token.text)) ranges.push([mapped.map[token.start], mapped.map[token.end]])
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

  // Draws the next PAGE_SIZE results once their pages' sections have loaded; resolves to
  // false when a newer query has replaced these results meanwhile.
  function drawMore() {
    var batch = pending.splice(0, PAGE_SIZE)
    var shown = pending
    return engine.loadPages(batch).then(function () {
      if (shown !== pending) return false
      var fragment = document.createDocumentFragment()
      batch.forEach(function (result) { fragment.appendChild(item(engine, result)) })
      list.appendChild(fragment)
      return true
    })
  }

  // "{count} matching pages" in the form the language's plural rules ask for (English and
  // Persian have two, Arabic six: kb/locales/<lang>.yml `search.count`, written into the
  // dialog as data-kb-count-<category>), picked by plural.js as for every string with a count.
  var countForms = {}
  Object.keys(strings).forEach(function (key) {
    var found = /^kbCount([A-Z][a-z]+)$/.exec(key)
    if (found) countForms[found[1].toLowerCase()] = strings[key]
  })
  function countText(count) {
    return window.kbPlural.format(countForms, count, strings.kbLang, strings.kbDigits)
  }

  // Nothing matched: say so and, when the site has a repository, offer a new content-request
  // issue filled in with the query and the page's language (only a link: nothing is sent
  // unless the reader follows it and submits the form).
  function showNothing(query) {
    meta.textContent = strings.none
    if (!strings.kbRequestUrl) return
    var url = new URL(strings.kbRequestUrl)
    var typed = query.trim().slice(0, 200)
    url.searchParams.set(strings.kbRequestTitle, strings.kbRequestTitleStart + typed)
    if (strings.kbRequestLanguage) {
      url.searchParams.set(strings.kbRequestQuery, typed)
      url.searchParams.set(strings.kbRequestLanguage, strings.kbRequestLanguageName)
    } else {
      url.searchParams.set(strings.kbRequestQuery, typed + "\n\n" + strings.kbRequestLanguageName)
    }
    var link = document.createElement("a")
    link.className = "kb-search-request"
    link.href = url.href
    link.textContent = strings.kbRequest
    meta.appendChild(document.createTextNode(" "))
    meta.appendChild(link)
  }

  function draw(results, query) {
    pending = results.slice()
    var count = results.length
    var first = pending
    return engine.loadPages(pending.slice(0, PAGE_SIZE)).then(function () {
      if (first !== pending) return false // a newer query is being drawn
      if (count === 0) showNothing(query)
      else meta.textContent = results.partial ? strings.kbPartial : countText(count)
      list.textContent = ""
      return drawMore()
    })
  }

  // ---- Behaviour -------------------------------------------------------------------

  var engine = null
  var loading = null

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status)
      return response.json()
    })
  }

  function load() {
    if (!loading) {
      loading = fetchJson(indexUrl)
        .then(function (manifest) {
          engine = new Engine(manifest, function (name) { return fetchJson(new URL(name, indexUrl)) })
          if (input.value) update()
        })
        .catch(function () {
          loading = null // offline for a moment: the next keystroke or opening tries again
        })
    }
    return loading
  }

  // Which query the results on screen answer: the tests and kb/bench/search.py wait on it.
  function drawn(query) {
    root.setAttribute("data-kb-drawn", query)
  }

  function update() {
    var query = input.value
    if (!N.words(query).length) {
      pending = []
      list.textContent = ""
      meta.textContent = strings.placeholder
      drawn(query)
    } else if (!engine) {
      meta.textContent = strings.initializer
      load()
    } else {
      engine
        .search(query)
        .then(function (results) {
          if (input.value === query) return draw(results, query)
        })
        .then(function (done) {
          if (done && input.value === query) drawn(query)
        })
        .catch(function () {
          meta.textContent = strings.initializer // a piece did not arrive: the next keystroke tries again
        })
    }
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
          drawMore().then(function () {
            var more = links()
            if (more[next]) more[next].focus()
          })
        } else if (next < 0 || next >= all.length) input.focus()
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

  // Following a result closes the search; instant navigation then loads the page, where the
  // query's words are highlighted (highlightPage).
  list.addEventListener("click", function (event) {
    var link = event.target.closest(".md-search-result__link")
    if (!link) return
    try {
      var target = new URL(link.href)
      sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path: target.pathname, query: input.value }))
    } catch (error) {
      // Storage turned off: the page opens without highlights.
    }
    setOpen(false)
  })

  // ---- Highlights on the opened page -------------------------------------------------

  // The query's words, in any form, marked in the page a search result opened, as Material's
  // own search does (its ?h= address works too); a bar at the top of the article says so and
  // clears them. Text nodes are split around the words, so the page's own markup and
  // direction stay as they are; the bar is outside the search index (data-search-exclude).
  var HIGHLIGHT_KEY = "kb-search-highlight"
  var SKIPPED = /^(SCRIPT|STYLE|TEXTAREA|INPUT|BUTTON|SELECT|SVG|MARK)$/i

  function highlightQuery() {
    var fromUrl = new URLSearchParams(location.search).get("h")
    if (fromUrl) return fromUrl
    try {
      var stored = JSON.parse(sessionStorage.getItem(HIGHLIGHT_KEY) || "null")
      sessionStorage.removeItem(HIGHLIGHT_KEY)
      if (stored && stored.path === location.pathname) return stored.query
    } catch (error) {
      // Storage turned off or damaged: nothing to highlight.
    }
    return ""
  }

  function highlightPage() {
    var query = highlightQuery()
    var article = document.querySelector(".md-content article")
    if (!query || !article || article.querySelector(".kb-highlight-bar")) return
    var isWanted = matcher(N.words(query))
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        for (var parent = node.parentNode; parent && parent !== article; parent = parent.parentNode) {
          if (SKIPPED.test(parent.nodeName) || (parent.hasAttribute && parent.hasAttribute("data-search-exclude"))) {
            return NodeFilter.FILTER_REJECT
          }
        }
        return node.nodeValue.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT
      },
    })
    var nodes = []
    while (walker.nextNode()) nodes.push(walker.currentNode)
    var marks = 0
    nodes.forEach(function (node) {
      var text = node.nodeValue
      var ranges = matches(text, isWanted, N.foldWithMap(text))
      if (!ranges.length) return
      var fragment = document.createDocumentFragment()
      var at = 0
      ranges.forEach(function (range) {
        fragment.appendChild(document.createTextNode(text.slice(at, range[0])))
        var mark = document.createElement("mark")
        mark.className = "kb-highlight"
        mark.textContent = text.slice(range[0], range[1])
        fragment.appendChild(mark)
        at = range[1]
        marks++
      })
      fragment.appendChild(document.createTextNode(text.slice(at)))
      node.parentNode.replaceChild(fragment, node)
    })
    if (marks) article.insertBefore(highlightBar(article), article.firstChild)
  }

  function highlightBar(article) {
    var bar = document.createElement("div")
    bar.className = "kb-highlight-bar"
    bar.setAttribute("data-search-exclude", "")
    var text = document.createElement("p")
    text.textContent = strings.kbHighlighted
    var button = document.createElement("button")
    button.type = "button"
    button.className = "md-button kb-button"
    button.textContent = strings.kbClearHighlight
    button.addEventListener("click", function () { clearHighlights(article) })
    bar.appendChild(text)
    bar.appendChild(button)
    return bar
  }

  function clearHighlights(article) {
    article.querySelectorAll("mark.kb-highlight").forEach(function (mark) {
      var parent = mark.parentNode
      parent.replaceChild(document.createTextNode(mark.textContent), mark)
      parent.normalize()
    })
    var bar = article.querySelector(".kb-highlight-bar")
    if (bar) bar.remove()
    var url = new URL(location.href)
    if (url.searchParams.has("h")) {
      url.searchParams.delete("h")
      history.replaceState(history.state, "", url.href)
    }
  }

  // Fetch the index once the page has settled, so that the first query finds it ready.
  var idle = window.requestIdleCallback || function (callback) { setTimeout(callback, 1000) }
  window.addEventListener("load", function () { idle(load, { timeout: 3000 }) })

  // Instant navigation keeps the header (and this element) but replaces the page; document$
  // also emits for the first page.
  if (typeof document$ !== "undefined") {
    document$.subscribe(function () {
      setOpen(false)
      highlightPage()
    })
  } else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", highlightPage)
  else highlightPage()
})()
