// Checklists that remember their ticks, show progress, copy as text and print.
//
// overrides/hooks/checklists.py writes the markup: every task list is a .kb-checklist whose items
// carry a stable data-kb-item ID, with its progress bar and reset button, and .kb-page-tools
// holds the copy and print buttons and the strings this file writes. This file only adds
// behaviour and never inserts controls, so nothing moves when it starts, and a page
// without JavaScript still shows and prints its checklists.
//
// Ticks live in localStorage under one key that belongs to this site:
//   { "<page source, e.g. checklists/tool-adoption.md>": { "<item ID>": true, ... }, ... }
// The page key is the same in every language, so ticks follow a reader who switches
// language. Storage may be missing, full, blocked or hold someone else's data: every access
// is guarded and anything unexpected is treated as "nothing ticked".
(function () {
  "use strict"

  var STORAGE_KEY = "marketing-it-kb:checklists:v1"

  function readAll() {
    try {
      var data = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "{}")
      return data && typeof data === "object" && !Array.isArray(data) ? data : {}
    } catch (error) {
      return {}
    }
  }

  function readPage(page) {
    var ticks = readAll()[page]
    var clean = {}
    if (ticks && typeof ticks === "object" && !Array.isArray(ticks)) {
      Object.keys(ticks).forEach(function (id) { if (ticks[id] === true) clean[id] = true })
    }
    return clean
  }

  function writePage(page, ticks) {
    try {
      var data = readAll()
      if (Object.keys(ticks).length) data[page] = ticks
      else delete data[page]
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(data))
      return true
    } catch (error) {
      return false // private mode or quota: the page keeps working, the ticks are not kept
    }
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key] })
  }

  function onAction(container, action, handler) {
    var element = container.querySelector('[data-kb-action="' + action + '"]')
    if (element) element.addEventListener("click", handler)
  }

  function setUp(tools) {
    if (tools.dataset.kbReady) return
    tools.dataset.kbReady = "true"
    var strings = JSON.parse(tools.dataset.kbStrings)
    // The page's ten digits, 0 to 9 (kb/locales/<lang>.yml via data-kb-digits): one rule for
    // numbers in Python and here, rather than a second table of which language uses which.
    var digits = tools.dataset.kbDigits || "0123456789"
    function number(n) { return String(n).replace(/[0-9]/g, function (d) { return digits[d] }) }
    var checklists = Array.prototype.slice.call(document.querySelectorAll(".kb-checklist"))
    var status = tools.querySelector(".kb-status")

    function boxes(checklist) {
      return Array.prototype.slice.call(checklist.querySelectorAll("[data-kb-item] input[type=checkbox]"))
    }

    function idOf(box) { return box.closest("[data-kb-item]").dataset.kbItem }

    function save(checklist) {
      var page = checklist.dataset.kbPage
      var ticks = readPage(page)
      boxes(checklist).forEach(function (box) {
        if (box.checked) ticks[idOf(box)] = true
        else delete ticks[idOf(box)]
      })
      // Say so when the browser refuses (storage full or turned off), rather than let the
      // reader believe the ticks will be there next time.
      if (!writePage(page, ticks)) status.textContent = strings.not_saved
      else if (status.textContent === strings.not_saved) status.textContent = ""
    }

    function showProgress(checklist) {
      var all = boxes(checklist)
      var done = all.filter(function (box) { return box.checked }).length
      var text = format(strings.progress, { done: number(done), total: number(all.length) })
      var bar = checklist.querySelector(".kb-progress")
      bar.setAttribute("aria-valuenow", String(done))
      bar.setAttribute("aria-valuetext", text)
      bar.querySelector(".kb-progress__fill").style.width = (all.length ? (100 * done) / all.length : 0) + "%"
      checklist.querySelector(".kb-progress__text").textContent = text
    }

    // Saved ticks, progress and reset for each checklist
    checklists.forEach(function (checklist) {
      var ticks = readPage(checklist.dataset.kbPage)
      boxes(checklist).forEach(function (box) {
        if (ticks[idOf(box)]) box.checked = true
        box.addEventListener("change", function () {
          save(checklist)
          showProgress(checklist)
        })
      })
      onAction(checklist, "reset", function () {
        if (!window.confirm(strings.reset_confirm)) return
        boxes(checklist).forEach(function (box) { box.checked = false })
        save(checklist)
        showProgress(checklist)
      })
      showProgress(checklist)
    })

    // Copy and print for the whole page
    // Plain text for email and chat: on a right-to-left page every line starts with a
    // right-to-left mark (U+200F), or a line that begins with "#", "-" or a Latin word would be
    // laid out left to right where it is pasted; the date and counts use the page's digits.
    function asText() {
      var title = document.querySelector(".md-content h1")
      var date = number(new Date().toISOString().slice(0, 10))
      var lines = ["# " + (title ? title.textContent.replace(/¶\s*$/, "").trim() : document.title),
        location.href.split("#")[0], strings.date + ": " + date]
      checklists.forEach(function (checklist) {
        var all = boxes(checklist)
        var done = all.filter(function (box) { return box.checked }).length
        lines.push("", "## " + checklist.dataset.kbHeading,
          format(strings.progress, { done: number(done), total: number(all.length) }))
        all.forEach(function (box) {
          var item = box.closest("[data-kb-item]").querySelector(".kb-item-text").textContent.trim()
          lines.push("- [" + (box.checked ? "x" : " ") + "] " + item)
        })
      })
      var mark = document.documentElement.dir === "rtl" ? "\u200f" : ""
      return lines.map(function (line) { return line && mark + line }).join("\n") + "\n"
    }

    function copy() {
      var text = asText()
      var done = function () { status.textContent = strings.copied }
      var failed = function () { status.textContent = strings.copy_failed }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, failed)
      } else {
        failed()
      }
    }

    function print(blank) {
      document.documentElement.classList.toggle("kb-print-blank", blank)
      window.print()
    }

    window.addEventListener("afterprint", function () {
      document.documentElement.classList.remove("kb-print-blank")
    })

    onAction(tools, "copy", copy)
    onAction(tools, "print", function () { print(false) })
    onAction(tools, "print-blank", function () { print(true) })
  }

  function init() {
    var tools = document.querySelector(".kb-page-tools")
    if (tools) setUp(tools)
  }

  // Material's instant navigation swaps the content without a page load: document$ emits
  // for the first page and every later one. Without Material's bundle, run once.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init)
  else document.addEventListener("DOMContentLoaded", init)
})()
