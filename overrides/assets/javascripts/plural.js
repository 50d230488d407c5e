// Interface strings with a count, in the form the count takes in the page's language.
//
// A string with a count is written in scripts/kb/locales/<lang>.yml as its CLDR plural forms
// (Arabic: zero, one, two, few, many, other; English and Persian: one, other), e.g.
//   shared_intro: {one: "... {count} item ...", other: "... {count} items ..."}
// The build copies those entries into the page (data-kb-strings of checklists.js); Python picks
// a form with Babel (kb/languages.py Language.count), this file with the browser's own
// Intl.PluralRules, so both read the same entries and there is no second table here.
// tests/unit/test_plural_forms.py runs every count from 0 to 110 through both, in Node.
// Runs in the browser (window.kbPlural) and in Node (module.exports).
;(function (root) {
  "use strict"

  var rules = {}

  // The CLDR plural category of `count` in `locale` ("ar", "fa", "en"): "few" for 3 in Arabic.
  function category(count, locale) {
    if (!rules[locale]) rules[locale] = new Intl.PluralRules(locale)
    return rules[locale].select(count)
  }

  // `n` written in the page's ten digits (data-kb-digits, from kb/locales/<lang>.yml;
  // "0123456789" for Western digits): the one place the browser converts digits.
  function number(n, digits) {
    return String(n).replace(/[0-9]/g, function (d) { return (digits || "0123456789")[d] })
  }

  // The form of `forms` (an object of categories) that `count` takes, with {count} written in
  // the page's digits.
  function format(forms, count, locale, digits) {
    var text = forms[category(count, locale)]
    if (typeof text !== "string") text = forms.other
    return text.replace(/\{count\}/g, number(count, digits))
  }

  var api = { category: category, format: format, number: number }
  if (typeof module === "object" && module.exports) module.exports = api
  else root.kbPlural = api
})(typeof self !== "undefined" ? self : this)
