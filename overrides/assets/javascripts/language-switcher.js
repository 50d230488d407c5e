// Keep the language switcher pointing at the current page's translations.
//
// Instant navigation swaps the page content and the <head> links but not the header,
// so the switcher would still point at the first page's translations. The page head
// always carries <link rel="alternate" hreflang="..."> for this very page (static-i18n),
// so copy those hrefs onto the switcher's links after every page change.
document$.subscribe(function () {
  document.querySelectorAll(".md-select__link[hreflang]").forEach(function (link) {
    var lang = link.getAttribute("hreflang")
    var alternate = document.head.querySelector('link[rel="alternate"][hreflang="' + lang + '"]')
    if (alternate) link.href = alternate.href
  })
})
