// A host serves the site's root 404.html for every missing address, /ar/... and /fa/...
// included. A reader who mistyped an address under a language's folder gets that
// language's not-found page (same message, search box and home link, in their language and
// direction) instead of the English one. Only the 404 pages load this file.
(function () {
  "use strict"
  var script = document.currentScript
  var base = script.src.replace(/assets\/javascripts\/not-found\.js.*$/, "")
  var basePath = new URL(base).pathname
  var path = location.pathname.startsWith(basePath) ? location.pathname.slice(basePath.length) : ""
  var wanted = script.dataset.kbLanguages.split(" ").filter(function (code) {
    return code && path.split("/")[0] === code
  })[0]
  if (wanted && wanted !== script.dataset.kbLang) location.replace(base + wanted + "/404.html")
})()
