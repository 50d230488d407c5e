// Word forms for site search: the stem of a folded word, the same at index time and in the
// browser.
//
// Why: staff type «تعاطف» for a page titled «التعاطف», «اعلان فوری» for «اعلان‌های فوری»,
// "evaluate technologies" for "Evaluating new technology". scripts/kb/search_index.js indexes
// the stem of every word as an extra key beside the word, and search.js looks up the stem of
// every word typed; exact and prefix matches of the word still rank above a stem match.
// The stemmers are Snowball's (snowball.js, vendored and unchanged); this file only adapts
// them to the folded text of search-normalize.js and adds the few endings they leave:
//   - The input is a FOLDED word (search-normalize.js): Persian yeh and keheh for Arabic ي ك,
//     heh for teh marbuta, bare alef, no half-space. Stemming the folded word is what makes
//     every spelling that folds together share one stem.
//   - English: Snowball's English stemmer (Porter 2) as it is.
//   - Arabic: ي ك back to Arabic letters and a final ه back to ة (folding made ة a heh; the
//     rarer pronoun ه, «وجهه», is taken for one: an error we accept), the particles و ف before
//     an article (وال، فال، ولل), and a word without the article gets one (ال) before
//     Snowball's Arabic stemmer runs: Snowball treats a word without the article as a
//     possible verb and cuts verb endings (it turns «اجتماعات» into «اجتماعا» but
//     «الاجتماعات» into «اجتماع»); search text is mostly nouns, so both now give «اجتماع».
//     A final -ان is kept («إعلان» / «إعلانات», not «اعل» = «أعلى»). The stem is folded again.
//   - Persian: Snowball's Persian stemmer (plural and attached endings ها، های، ان، ات...),
//     then ours: the ending ی / یی (abstract and relational: «همدلی» and «همدلانه» both
//     reach «همدل») and a final silent ه («جلسه», «جلسات» and «جلسه‌ای» reach «جلس»),
//     each only when three letters stay; and the plural -ان after ر that Snowball keeps for
//     names (ایران، تهران) when four letters stay («مدیران» / «مدیر»).
//   - A word of another script than the page's (a Latin acronym on an Arabic page) is
//     stemmed as English if it is Latin, left as it is otherwise; words with digits and
//     words under three letters are left as they are.
// Runs in the browser (window.kbSearchStem, after snowball.js and search-normalize.js) and in
// Node (module.exports); tests/unit/stemmer.test.js checks that both give the same stems.
;(function (root) {
  "use strict"

  var inNode = typeof module === "object" && module.exports
  var S = inNode ? require("./snowball.js") : root.kbSnowball
  var N = inNode ? require("./search-normalize.js") : root.kbSearchNormalize
  if (!S || !N) return

  var LATIN = /^[a-z]+$/
  var ARABIC_SCRIPT = /^[\u0600-\u06FF]+$/
  var MIN_LENGTH = 3
  var stemmers = { english: new S.english(), arabic: new S.arabic(), persian: new S.persian() }

  function english(word) {
    return stemmers.english.stemWord(word)
  }

  function arabic(word) {
    var w = word.replace(/\u06CC/g, "\u064A").replace(/\u06A9/g, "\u0643").replace(/\u0647$/, "\u0629")
    w = w.replace(/^[\u0648\u0641](?=\u0627\u0644|\u0644\u0644)/, "") // وال، فال، ولل -> ال، لل
    var added = !/^(\u0627\u0644|\u0644\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644)/.test(w)
    var found = stemmers.arabic.stemWord(added ? "\u0627\u0644" + w : w)
    // Snowball keeps the article on a short word («الوجة» -> «الوج»): take it off.
    if (found.startsWith("\u0627\u0644") && (added || found.length > 3)) found = found.slice(2)
    // Snowball takes a final -ان for the dual ending and cuts it: «إعلان» became «اعل» (and met
    // «أعلى») while «إعلانات» kept «اعلان». Nouns ending in -ان (إعلان، عنوان، ميزان، مكان)
    // are far more common in our pages than duals, so the -ان stays.
    if (/\u0627\u0646$/.test(w) && w.endsWith(found + "\u0627\u0646")) found += "\u0627\u0646"
    return N.fold(found)
  }

  var PERSIAN_ENDINGS = [/\u06CC\u06CC$/, /\u06CC$/] // یی, ی: -i, abstract and relational
  function persian(word) {
    var w = stemmers.persian.stemWord(word)
    for (var i = 0; i < PERSIAN_ENDINGS.length; i++) {
      var shorter = w.replace(PERSIAN_ENDINGS[i], "")
      if (shorter !== w) {
        if (shorter.length >= MIN_LENGTH) w = shorter
        break
      }
    }
    // Snowball keeps -ان after ر for names (ایران، تهران), which also kept «مدیران» from «مدیر»:
    // the plural -ان comes off when four letters stay (ایران and تهران keep theirs).
    if (/\u0631\u0627\u0646$/.test(w) && w.length - 2 > MIN_LENGTH) w = w.slice(0, -2)
    if (/\u0647$/.test(w) && w.length > MIN_LENGTH) w = w.slice(0, -1) // silent heh: جلسه -> جلس
    return w
  }

  var BY_LANGUAGE = { en: english, ar: arabic, fa: persian }
  var memo = { en: new Map(), ar: new Map(), fa: new Map() }

  // The stem of a folded word on a page of language `lang` (en, ar, fa).
  function stem(word, lang) {
    var known = memo[lang]
    var found = known.get(word)
    if (found !== undefined) return found
    if (word.length < MIN_LENGTH) found = word
    else if (LATIN.test(word)) found = english(word)
    else if (ARABIC_SCRIPT.test(word) && lang !== "en") found = BY_LANGUAGE[lang](word)
    else found = word
    if (known.size > 20000) known.clear()
    known.set(word, found)
    return found
  }

  var api = { stem: stem }
  if (inNode) module.exports = api
  else root.kbSearchStem = api
})(typeof self !== "undefined" ? self : this)
