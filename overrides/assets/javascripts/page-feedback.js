// "Was this page helpful?" (overrides/partials/page-feedback.html): "Yes" says thank you in
// the page's language and nothing more; nothing is recorded or sent. "No" is a plain link.
;(function () {
  "use strict"

  function init() {
    var yes = document.querySelector('[data-kb-feedback="yes"]')
    if (!yes || yes.dataset.kbReady) return
    yes.dataset.kbReady = "true"
    yes.addEventListener("click", function () {
      yes.closest(".kb-feedback").querySelector(".kb-feedback__thanks").textContent = yes.dataset.kbThanks
    })
  }

  // Instant navigation swaps the page without a load: document$ emits for each page.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init)
  else document.addEventListener("DOMContentLoaded", init)
})()
