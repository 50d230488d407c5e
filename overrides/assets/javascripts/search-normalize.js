// The one normalisation of site search, applied to the indexed text and to the query alike.
//
// People type the same Arabic-script word in several ways; folding both sides to one form
// makes every way find the same pages. Rules, applied character by character:
//   1. Unicode lowercase (English "SEO" = "seo"); Greek final sigma ς counts as σ.
//   2. Drop Arabic diacritics (tashkeel, U+064B-U+065F, which includes hamza above/below
//      U+0654/U+0655), the superscript alef U+0670 and the tatweel U+0640.
//   3. Arabic yeh ي U+064A and alef maksura ى U+0649 -> Persian yeh ی U+06CC;
//      Arabic kaf ك U+0643 -> Persian keheh ک U+06A9.
//   4. Alef forms أ إ آ ٱ -> bare alef ا.
//   5. Teh marbuta ة and heh with yeh above ۀ -> heh ه.
//   6. Hamza carriers: ؤ -> و, ئ -> ی.
//   7. Remove joiners and direction marks: ZWNJ U+200C (the Persian half-space), ZWJ
//      U+200D, LRM U+200E, RLM U+200F. «می‌شود» folds to «میشود», as typed without it.
//   8. Arabic-Indic digits ٠-٩ (U+0660-U+0669) and Persian digits ۰-۹ (U+06F0-U+06F9)
//      -> ASCII 0-9, so «٤٠٣», «۴۰۳» and «403» are one word.
// A plain space typed where the page has a half-space («می شود» for «می‌شود») is a
// matching question, not a folding one: search.js also tries adjacent query words joined.
// Words are runs of letters, marks and digits of the folded text.
//
// fold() is the fast form used to index and to query; foldWithMap() gives the same text
// (the tests check it) plus, for every folded character, the index of the original
// character it came from, so that highlights and snippets show the page's own spelling.
// Runs in the browser (window.kbSearchNormalize) and in Node (module.exports), where the
// unit tests (tests/unit/test_search_engine.py) and the benchmark call it.
;(function (root) {
  "use strict"

  var MAP = {
    "\u064A": "\u06CC", "\u0649": "\u06CC", "\u0643": "\u06A9",
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0629": "\u0647", "\u06C0": "\u0647",
    "\u0624": "\u0648", "\u0626": "\u06CC",
    // Lowercasing a whole text gives ς at the end of a Greek word, one character gives σ.
    "\u03C2": "\u03C3"
  }
  for (var digit = 0; digit < 10; digit++) {
    MAP[String.fromCharCode(0x0660 + digit)] = String(digit)
    MAP[String.fromCharCode(0x06F0 + digit)] = String(digit)
  }
  var DROPPED = /[\u064B-\u065F\u0670\u0640\u200C-\u200F]/g
  var MAPPED = new RegExp("[" + Object.keys(MAP).join("") + "]", "g")
  var WORD = /[\p{L}\p{M}\p{N}]+/gu

  function mapChar(char) {
    return MAP[char]
  }

  function fold(text) {
    return text.toLowerCase().replace(DROPPED, "").replace(MAPPED, mapChar)
  }

  // Per character, for the map. Memoised: snippets fold the same few hundred characters.
  var folded = Object.create(null)
  function foldChar(char) {
    var result = folded[char]
    if (result === undefined) result = folded[char] = fold(char)
    return result
  }

  // Folded text and map: map[i] is the index in `text` of the character that produced
  // folded[i], and map[folded.length] is text.length. A folded range [s, e) is the original
  // range [map[s], map[e]): it takes in the marks and joiners dropped at its end, which keeps
  // a highlighted word whole.
  function foldWithMap(text) {
    var out = ""
    var map = []
    var index = 0
    for (var char of text) {
      var result = foldChar(char)
      for (var i = 0; i < result.length; i++) map.push(index)
      out += result
      index += char.length
    }
    map.push(text.length)
    return { text: out, map: map }
  }

  // Words of folded text with their folded offsets.
  function tokens(foldedText) {
    var found = []
    var match
    WORD.lastIndex = 0
    while ((match = WORD.exec(foldedText)) !== null) {
      found.push({ text: match[0], start: match.index, end: match.index + match[0].length })
    }
    return found
  }

  // Folded words of any text.
  function words(text) {
    return fold(text).match(WORD) || []
  }

  var api = { fold: fold, foldWithMap: foldWithMap, tokens: tokens, words: words }
  if (typeof module === "object" && module.exports) module.exports = api
  else root.kbSearchNormalize = api
})(typeof self !== "undefined" ? self : this)
