// Word forms of site search (overrides/assets/javascripts/search-stem.js over the vendored
// Snowball stemmers, snowball.js), in Node's own test runner: `node --test` runs this file,
// tests/unit/test_stemmer.py runs it from pytest (so `make test` does).
//
// Two paths must give the same stems, or a query would miss the words the index holds:
//   - index time: scripts/kb/search_index.js, which `require`s search-stem.js (CommonJS);
//   - query time: the browser, which loads snowball.js, search-normalize.js and
//     search-stem.js as classic scripts that publish window globals. Here the three files
//     run the same way in a fresh context with a `self` and no `module`, as in a page.
// Word lists per language: forms staff type that must meet, and words that must stay apart.
"use strict"

const assert = require("node:assert/strict")
const fs = require("node:fs")
const path = require("node:path")
const test = require("node:test")
const vm = require("node:vm")

const ROOT = path.join(__dirname, "..", "..")
const JAVASCRIPTS = path.join(ROOT, "overrides", "assets", "javascripts")
const N = require(path.join(JAVASCRIPTS, "search-normalize.js"))
const indexTime = require(path.join(JAVASCRIPTS, "search-stem.js")) // as search_index.js loads it
const { build } = require(path.join(ROOT, "scripts", "kb", "search_index.js"))

// The browser's path: the scripts in the order mkdocs.yml lists them, as classic scripts.
function browserStemmer() {
  const window = {}
  window.self = window
  const context = vm.createContext({ self: window })
  for (const name of ["search-normalize.js", "snowball.js", "search-stem.js"]) {
    vm.runInContext(fs.readFileSync(path.join(JAVASCRIPTS, name), "utf8"), context, { filename: name })
  }
  assert.ok(window.kbSearchStem, "search-stem.js did not publish window.kbSearchStem")
  return window.kbSearchStem
}
const queryTime = browserStemmer()

// The stem of a word as typed or written (folded first, as index and query both do).
function stemOf(stemmer, text, lang) {
  const words = N.words(text)
  assert.equal(words.length, 1, `${text} is not one word`)
  return stemmer.stem(words[0], lang)
}

// Forms that must share one stem, per language.
const MEET = {
  en: [
    ["technologies", "technology", "Technology"],
    ["evaluate", "evaluating", "evaluated", "evaluates", "Evaluating"],
    ["owning", "owns", "owned", "own"],
    ["meetings", "meeting"],
    ["notifications", "notification"],
    ["shorteners", "shortener"],
    ["roadmaps", "roadmap"],
    ["communicating", "communicate", "communicates"],
  ],
  ar: [
    ["تعاطف", "التعاطف", "بالتعاطف", "والتعاطف", "التَّعَاطُف"],
    ["إشعار", "الإشعارات", "اشعارات", "الاشعار"],
    ["اجتماع", "الاجتماع", "اجتماعات", "الاجتماعات", "للاجتماع"],
    ["أسبوعي", "الأسبوعية", "الاسبوعيه"],
    ["تسويق", "التسويق", "للتسويق", "والتسويق", "فالتسويق"],
    ["مدير", "المديرين", "مديرين", "مدیر"],
    ["مسؤول", "المسؤولون", "المسؤولين"],
    ["فوري", "الفورية", "فورية"],
    ["مشترك", "مشتركة", "المشتركة", "مشترکه"],
    ["إعلان", "إعلانات", "الإعلانات", "الإعلان", "إعلاني"], // -ان kept (search-stem.js)
    ["وجه", "الوجه"],
  ],
  fa: [
    ["اعلان", "اعلان‌های", "اعلانهای", "اعلان‌ها"],
    ["شبکه", "شبکه‌های", "شبکههای", "شبکه‌ها", "شبكة"],
    ["همدلی", "همدلانه", "همدلي"],
    ["جلسه", "جلسات", "جلسه‌ها", "جلسه‌ای"],
    ["ابزار", "ابزارها", "ابزارهای"],
    ["نقش", "نقش‌ها", "نقش‌های"],
    ["فناوری", "فناوری‌ها", "فناوری‌های"],
    ["تبلیغ", "تبلیغات"],
    ["بازاریابی", "بازاریاب"],
    ["مدیر", "مدیران"],
    ["کاربر", "کاربران"],
    ["آشنا", "آشنایی"],
    ["ایده", "ایده‌ها", "ایده‌ای"],
  ],
}

// Words that differ in meaning and must keep different stems.
const APART = {
  en: [["seo", "sea"], ["chat", "chart"], ["data", "date"], ["news", "new"], ["roadmap", "road"]],
  ar: [["حمل", "جمل"], ["مدير", "مدبر"], ["فريق", "فرق"], ["سوق", "تسويق"], ["تعاطف", "تعاطي"], ["إعلان", "أعلى"]],
  fa: [["پارس", "بارس"], ["کار", "کاربر"], ["گل", "کل"], ["همدلی", "همراهی"], ["چت", "جت"], ["تهران", "تهر"]],
}

// What the stemmers get wrong that we know of and left, each with the reason: kept here so
// that a newer Snowball, or a change to search-stem.js, that changes them shows up.
const KNOWN = {
  under: {
    en: [["analysis", "analytics"]],
    ar: [["أداة", "أدوات"], ["شريك", "شريكان"]], // the weak letter changes; duals keep -ان
    // Without the half-space, «برنامه‌ای» reads as «برنام» + «های», and Snowball then takes
    // «ام» off too: «برن». (A query «برنامه» still finds it as the start of the word.)
    fa: [["برنامه", "برنامه‌ای"]],
  },
  over: {
    ar: [["الرقمي", "رقم"]], // the relational -ي: "digital" meets "number"
    fa: [["اعلان", "اعلام"], ["هفته", "هفتگی"]],
  },
}

const LANGS = Object.keys(MEET)
const allWords = (lang) =>
  [MEET, APART, KNOWN.under, KNOWN.over].flatMap((table) => (table[lang] || []).flat())

for (const lang of LANGS) {
  test(`${lang}: the forms of a word share one stem`, () => {
    for (const group of MEET[lang]) {
      const stems = group.map((word) => stemOf(indexTime, word, lang))
      assert.deepEqual(new Set(stems).size, 1, `${group.join(", ")} -> ${stems.join(", ")}`)
    }
  })

  test(`${lang}: different words keep different stems`, () => {
    for (const [a, b] of APART[lang]) {
      assert.notEqual(stemOf(indexTime, a, lang), stemOf(indexTime, b, lang), `${a} / ${b}`)
    }
  })

  test(`${lang}: the known stemming errors are as the note describes`, () => {
    for (const [a, b] of KNOWN.under[lang] || []) {
      assert.notEqual(stemOf(indexTime, a, lang), stemOf(indexTime, b, lang), `under-stemming ${a} / ${b}`)
    }
    for (const [a, b] of KNOWN.over[lang] || []) {
      assert.equal(stemOf(indexTime, a, lang), stemOf(indexTime, b, lang), `over-stemming ${a} / ${b}`)
    }
  })

  test(`${lang}: index time (require) and query time (browser scripts) give the same stems`, () => {
    for (const word of allWords(lang)) {
      assert.equal(stemOf(queryTime, word, lang), stemOf(indexTime, word, lang), word)
    }
  })

  test(`${lang}: the built index holds, for every word, the stem the browser looks up`, () => {
    const words = allWords(lang)
    const files = build({ lang, pages: [{ u: "p/", t: "", s: [{ h: "", a: "", x: words.join(" ") }] }], syn: [] })
    const manifest = files["kb-index.json"]
    const keys = (kind) =>
      new Set(manifest[kind].flatMap((_, i) => files[manifest.dir + kind + "-" + i + ".json"].k))
    const indexed = keys("words")
    const stems = keys("stems")
    for (const word of words) {
      const folded = N.words(word)[0]
      const stem = stemOf(queryTime, word, lang)
      assert.ok(indexed.has(folded), `${word} is not indexed as itself`)
      // Another form finds it: under its stem, or as the word itself when it is its own stem.
      assert.ok(stems.has(stem) || (stem === folded && indexed.has(stem)), `${word}: no key for its stem ${stem}`)
    }
  })
}

test("short words, digits and other scripts are left as they are", () => {
  assert.equal(indexTime.stem("it", "en"), "it")
  assert.equal(indexTime.stem("403", "fa"), "403")
  assert.equal(indexTime.stem("seo2024", "en"), "seo2024")
  assert.equal(indexTime.stem("marketing", "fa"), "market") // a Latin word on a Persian page: English
  assert.equal(indexTime.stem("تسویق", "en"), "تسویق") // Arabic script on an English page: as it is
})
