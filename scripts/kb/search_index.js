// Turns one language's pages into the files site search loads (Node, at build time).
//
// Why in JavaScript: the words of the index must be folded exactly as the browser folds the
// query, and search-normalize.js is that folding; this file uses it and search.js's field
// codes, so there is no second copy of either. scripts/kb/plugin/features/search_index.py runs it:
//   node scripts/kb/search_index.js < {"lang", "pages": [{u, t, s: [{h, a, x}]}], "syn"}
// and writes the files it prints as {"files": {path: data}} under <language root>/search/.
//
// Why in pieces: a reader should download what their query needs, not the whole index (a
// single file was a megabyte at 1,000 pages per language). search.js fetches:
//   kb-index.json       at once: page URLs, titles and section counts, the first key of each
//                       chunk, the glossary's synonyms, and the folder of this build's pieces;
//   <dir>/words-N.json  the chunks its query words fall in: sorted folded words, each with
//                       its postings (section, fields and count), about CHUNK_BYTES each;
//   <dir>/stems-N.json  the same for word stems (search-stem.js): each stem with the postings
//                       of the words that reduce to it, apart from the stem itself as a word
//                       (that one is in words-N.json already), so «اجتماعات» typed finds
//                       «الاجتماع» on the page; kept apart from the words, so that a word as
//                       typed (or its prefix) ranks above another form of it;
//   <dir>/pairs-N.json  the same for pairs of neighbouring words ("marketing manager"), which
//                       rank an exact phrase above scattered words without the page texts;
//   <dir>/page-N.json   a result's sections (heading, anchor, text), for its snippets;
//   <dir>/words.json    every word, only when a long word finds nothing (typo tolerance).
// <dir> is a hash of the pieces, so that a cached kb-index.json never meets pieces of
// another build.
"use strict"

const crypto = require("crypto")
const fs = require("fs")
const path = require("path")

const JAVASCRIPTS = path.join(__dirname, "..", "..", "overrides", "assets", "javascripts")
const N = require(path.join(JAVASCRIPTS, "search-normalize.js"))
const { stem } = require(path.join(JAVASCRIPTS, "search-stem.js")) // the browser's own stemming
const { FIELD, posting } = require(path.join(JAVASCRIPTS, "search.js"))

const CHUNK_BYTES = 12000 // uncompressed; a few KB once gzipped

// Postings per key, in section order: key -> [section, code, section, code, ...].
function postings(pages, lang) {
  const words = new Map()
  const pairs = new Map()
  const stems = new Map()
  let section = 0
  pages.forEach(function (page) {
    page.s.forEach(function (part, i) {
      const counts = new Map()
      const add = function (text, field) {
        const found = N.words(text)
        found.forEach(function (word, w) {
          note(counts, "w" + word, field)
          const root = stem(word, lang)
          if (root !== word) note(counts, "s" + root, field)
          if (w > 0) note(counts, "p" + found[w - 1] + " " + word, field)
        })
      }
      if (i === 0) add(page.t, FIELD.title) // the title belongs to the page's intro section
      add(part.h, FIELD.heading)
      add(part.x, FIELD.body)
      counts.forEach(function (entry, key) {
        const table = key[0] === "w" ? words : key[0] === "s" ? stems : pairs
        const list = table.get(key.slice(1)) || []
        list.push(section, posting(entry.fields, entry.count))
        table.set(key.slice(1), list)
      })
      section++
    })
  })
  return { words: words, pairs: pairs, stems: stems }
}

function note(counts, key, field) {
  let entry = counts.get(key)
  if (!entry) counts.set(key, (entry = { fields: 0, count: 0 }))
  entry.fields |= field
  if (field === FIELD.body) entry.count++
}

// Sorted keys cut into chunks of about CHUNK_BYTES: [{first, data}], section numbers as
// differences from the previous one (smaller numbers, smaller files).
function chunks(table) {
  const keys = Array.from(table.keys()).sort()
  const found = []
  let current = null
  keys.forEach(function (key) {
    const list = table.get(key)
    const packed = list.map(function (value, i) {
      return i % 2 === 0 && i > 0 ? value - list[i - 2] : value
    })
    if (!current || current.bytes > CHUNK_BYTES) {
      found.push((current = { first: key, data: { k: [], p: [] }, bytes: 0 }))
    }
    current.data.k.push(key)
    current.data.p.push(packed)
    current.bytes += key.length + 2 * packed.length + 4
  })
  return found
}

function build(index) {
  const tables = postings(index.pages, index.lang)
  const words = chunks(tables.words)
  const pairs = chunks(tables.pairs)
  const stems = chunks(tables.stems)
  const pieces = {}
  words.forEach(function (chunk, i) { pieces["words-" + i + ".json"] = chunk.data })
  pairs.forEach(function (chunk, i) { pieces["pairs-" + i + ".json"] = chunk.data })
  stems.forEach(function (chunk, i) { pieces["stems-" + i + ".json"] = chunk.data })
  index.pages.forEach(function (page, i) {
    pieces["page-" + i + ".json"] = page.s.map(function (part) { return [part.h, part.a, part.x] })
  })
  pieces["words.json"] = [].concat.apply([], words.map(function (chunk) { return chunk.data.k })) // sorted already
  const hash = crypto.createHash("sha256")
  Object.keys(pieces).forEach(function (name) { hash.update(name + JSON.stringify(pieces[name])) })
  const dir = hash.digest("hex").slice(0, 12) + "/"
  const files = {
    "kb-index.json": {
      lang: index.lang,
      dir: dir,
      pages: index.pages.map(function (page) { return [page.u, page.t, page.s.length] }),
      words: words.map(function (chunk) { return chunk.first }),
      pairs: pairs.map(function (chunk) { return chunk.first }),
      stems: stems.map(function (chunk) { return chunk.first }),
      // The glossary's synonym groups, folded here once rather than in every reader's browser.
      syn: (index.syn || []).map(function (group) {
        return { f: group.f.map(N.words), t: group.t.map(N.words) }
      }),
    },
  }
  Object.keys(pieces).forEach(function (name) { files[dir + name] = pieces[name] })
  return files
}

module.exports = { build: build }

if (require.main === module) {
  const files = build(JSON.parse(fs.readFileSync(0, "utf8")))
  process.stdout.write(JSON.stringify({ files: files }))
}
