// Checklists that remember their ticks, show progress, copy as text and print.
//
// scripts/kb/markdown/checklists.py writes the markup: every task list is a .kb-checklist whose items
// carry a stable data-kb-item ID, with its progress bar and reset button, and .kb-page-tools
// holds the copy and print buttons and the strings this file writes. This file only adds
// behaviour and never inserts controls, so nothing moves when it starts, and a page
// without JavaScript still shows and prints its checklists.
//
// Ticks live in localStorage under one key that belongs to this site:
//   { "<page source, e.g. checklists/tool-adoption.md>": { "<item ID>": true, ... }, ... }
// and the day each page's ticks last changed under another ({ "<page source>": "2026-12-02" }).
// The page key is the same in every language, so ticks follow a reader who switches
// language; a page moved with `kb move` takes over the ticks of its former key (takeOver). Storage may be missing, full, blocked or hold someone else's data: every access
// is guarded and anything unexpected is treated as "nothing ticked".
//
// Sharing: "Share" makes a link to the page whose fragment lists the ticked items
// (#kb-ticks=<key>.<key>...!<check>, a key being the hash that ends an item's ID, the same
// in every language). Nothing leaves the browser until the reader sends the link. Opening
// one marks its ticks as someone else's and asks whether to use them; the reader's own
// ticks change only on "Use these ticks". A link that is cut short, altered or made for
// another version of the checklist changes nothing and says so.
(function () {
  "use strict"

  var common = window.kbPageTools // page-tools.js: what the templates do alike
  var today = common.today, longDate = common.longDate, check = common.check, format = common.format
  var onAction = common.onAction, makeButton = common.makeButton, readObject = common.readObject
  var STORAGE_KEY = "marketing-it-kb:checklists:v1"
  var CHANGED_KEY = "marketing-it-kb:checklists:changed:v1"
  var SHARED = "kb-ticks="

  function readAll() {
    return readObject(STORAGE_KEY)
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
      var changed = readChanged()
      changed[page] = today()
      window.localStorage.setItem(CHANGED_KEY, JSON.stringify(changed))
      return true
    } catch (error) {
      return false // private mode or quota: the page keeps working, the ticks are not kept
    }
  }

  function readChanged() {
    return readObject(CHANGED_KEY)
  }

  // A page moved with `kb move` keeps its ticks. They are kept by page path, and the page's
  // path changed, so the build marks whatever carries a moved page's data-kb-page with its
  // former paths, newest first (data-kb-moved-from, scripts/kb/plugin/features/redirects.py).
  // The first time such a page is shown, the ticks kept under a former path move to the new
  // one, with their last-changed day, and the former entry is deleted: it happens once, and a
  // later visit never brings back an item the reader has unticked since. If the new path has
  // ticks of its own already, they were made after the move, so they are newer and stay; the
  // former entry is then only deleted. (Item IDs do not include the page path, they come from
  // the English item's text, so the moved ticks fit the moved page's items.)
  function takeOver(element) {
    var page = element.dataset.kbPage
    var former = (element.dataset.kbMovedFrom || "").split(" ")
    var has = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key) }
    try {
      var data = readAll()
      var changed = readChanged()
      var moved = false
      former.forEach(function (old) {
        if (!old || old === page || !has(data, old)) return
        if (!has(data, page)) {
          data[page] = data[old]
          if (has(changed, old) && !has(changed, page)) changed[page] = changed[old]
        }
        delete data[old]
        delete changed[old]
        moved = true
      })
      if (!moved) return
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(data))
      window.localStorage.setItem(CHANGED_KEY, JSON.stringify(changed))
    } catch (error) {
      // storage blocked or full: the former ticks stay where they are, for a later visit
    }
  }

  // ---- Shared links ------------------------------------------------------------------

  // The part of an item ID that a link carries: the hash of its English text (and the
  // number a repeated item gets). The build writes it on each item (data-kb-key, from
  // item_key in scripts/kb/content/checklist_ids.py), so the ID's format is known in one place.
  var itemKeys = null
  function keyOf(id) {
    if (!itemKeys) {
      itemKeys = new Map()
      document.querySelectorAll("[data-kb-item]").forEach(function (item) {
        itemKeys.set(item.dataset.kbItem, item.dataset.kbKey)
      })
    }
    return itemKeys.get(id)
  }

  function sharedFragment(ids) {
    var keys = ids.map(keyOf).join(".")
    return "#" + SHARED + keys + "!" + check(keys)
  }

  // The item IDs a shared link ticks, or null if the link is damaged or does not fit the
  // page's items (`known`: every item ID on the page). Each key must be one of the page's
  // items, once: the link is anyone's writing, so a key such as "__proto__", "constructor" or
  // "toString" (which a plain {} would answer) or one item repeated 100,000 times is refused,
  // and a refused link never reaches "Use these ticks".
  function readShared(hash, known) {
    var value
    try {
      value = decodeURIComponent(hash.slice(1 + SHARED.length))
    } catch (error) {
      return null // a broken %-escape: the link was cut or altered
    }
    var parts = value.split("!")
    if (parts.length !== 2 || check(parts[0]) !== parts[1]) return null
    var byKey = new Map()
    known.forEach(function (id) { byKey.set(keyOf(id), id) })
    var ids = []
    var keys = parts[0] ? parts[0].split(".") : []
    for (var i = 0; i < keys.length; i++) {
      if (!byKey.has(keys[i])) return null // not an item of this page, or given twice
      ids.push(byKey.get(keys[i]))
      byKey.delete(keys[i])
    }
    return ids
  }

  // Numbers in the page's ten digits, 0 to 9 (data-kb-digits, from kb/locales/<lang>.yml).
  function numberer(digits) {
    return function (n) { return window.kbPlural.number(n, digits) }  // plural.js
  }

  function setUp(tools) {
    if (tools.dataset.kbReady) return
    tools.dataset.kbReady = "true"
    var strings = JSON.parse(tools.dataset.kbStrings)
    // The page's ten digits, 0 to 9 (kb/locales/<lang>.yml via data-kb-digits): one rule for
    // numbers in Python and here, rather than a second table of which language uses which.
    var digits = tools.dataset.kbDigits || "0123456789"
    var number = numberer(digits)
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
      var done = tickedIn(all)
      setBar(checklist, done, all.length, strings.progress, number)
      showScore()
    }

    // The health check's chart (scripts/kb/markdown/checklists.py score_chart): one bar per
    // checklist, as long as its share of ticked items, and the same figure in its table. Where
    // a bar and its value go is the build's (figure_drawing.py bar_geometry: each position at 0 %
    // and at 100 %, mirrored on right-to-left pages); here only the share between them.
    var score = document.querySelector("[data-kb-score]")
    function between(pair, percent) {
      var ends = pair.split(" ").map(Number)
      return String(ends[0] + ((ends[1] - ends[0]) * percent) / 100)
    }
    function showScore() {
      if (!score) return
      var bars = score.querySelectorAll(".kb-figure__bar")
      var values = score.querySelectorAll(".kb-figure__value tspan")
      var cells = score.querySelectorAll("td")
      checklists.forEach(function (checklist, i) {
        if (!bars[i]) return
        var all = boxes(checklist)
        var percent = all.length ? Math.round((100 * tickedIn(all)) / all.length) : 0
        var text = format(score.dataset.kbPercent, { value: number(percent) })
        bars[i].setAttribute("width", between(score.dataset.kbBarWidth, percent))
        bars[i].setAttribute("x", between(score.dataset.kbBarX, percent))
        values[i].setAttribute("x", between(score.dataset.kbValueX, percent))
        values[i].textContent = text
        if (cells[i]) cells[i].textContent = text
      })
    }

    // Saved ticks, progress and reset for each checklist
    checklists.forEach(function (checklist) {
      takeOver(checklist)
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
    // laid out left to right where it is pasted; the page's address is isolated left to right
    // (U+2066 ... U+2069), or its final slash would show at its start. The date and counts use
    // the page's digits.
    function asText() {
      var title = document.querySelector(".md-content h1")
      var date = number(today())
      var rtl = document.documentElement.dir === "rtl"
      var address = location.href.split("#")[0]
      var lines = ["# " + (title ? title.textContent.replace(/¶\s*$/, "").trim() : document.title),
        rtl ? "\u2066" + address + "\u2069" : address, strings.date + ": " + date]
      checklists.forEach(function (checklist) {
        var all = boxes(checklist)
        var done = tickedIn(all)
        lines.push("", "## " + checklist.dataset.kbHeading,
          format(strings.progress, { done: number(done), total: number(all.length) }))
        all.forEach(function (box) {
          var item = box.closest("[data-kb-item]").querySelector(".kb-item-text").textContent.trim()
          lines.push("- [" + (box.checked ? "x" : " ") + "] " + item)
        })
      })
      var mark = rtl ? "\u200f" : ""
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

    // Print only: the day the page was printed, next to the sign-off lines.
    document.querySelector(".kb-print-date").textContent = strings.printed + ": " + longDate(today(), tools.dataset.kbDateLocale)

    // Share: a link carrying this page's ticks, copied to the clipboard (or shown to copy).
    function allBoxes() {
      return checklists.reduce(function (found, checklist) { return found.concat(boxes(checklist)) }, [])
    }

    onAction(tools, "share", function () {
      var ticked = allBoxes().filter(function (box) { return box.checked }).map(idOf)
      common.shareLink(location.href.split("#")[0] + sharedFragment(ticked), status, strings)
    })

    // Opening a shared link: its ticks are marked, the reader's own stay until they choose.
    if (location.hash.indexOf("#" + SHARED) === 0) {
      var shared = readShared(location.hash, allBoxes().map(idOf))
      if (!shared) {
        status.textContent = strings.shared_invalid
      } else {
        offerShared(shared)
      }
    }

    var forget = common.forgetShared

    function offerShared(ids) {
      var marks = []
      allBoxes().forEach(function (box) {
        if (ids.indexOf(idOf(box)) < 0) return
        var item = box.closest("[data-kb-item]")
        item.classList.add("kb-item--shared")
        var mark = document.createElement("span")
        mark.className = "kb-shared-mark"
        mark.textContent = " " + strings.shared_mark
        item.querySelector(".kb-item-text").after(mark)
        marks.push(mark)
      })
      var offer = document.createElement("div")
      offer.className = "kb-shared"
      offer.setAttribute("role", "group")
      offer.setAttribute("aria-label", strings.shared_adopt)
      var text = document.createElement("p")
      // The sentence in the form the count takes (plural.js: CLDR forms from kb/locales).
      text.textContent = window.kbPlural.format(strings.shared_intro, ids.length, tools.dataset.kbLang, digits)
      offer.appendChild(text)
      var done = function (message) {
        marks.forEach(function (mark) {
          mark.closest("[data-kb-item]").classList.remove("kb-item--shared")
          mark.remove()
        })
        offer.remove()
        forget()
        status.textContent = message
      }
      var adopt = makeButton(strings.shared_adopt, function () {
        allBoxes().forEach(function (box) { box.checked = ids.indexOf(idOf(box)) >= 0 })
        checklists.forEach(function (checklist) {
          save(checklist)
          showProgress(checklist)
        })
        done(strings.shared_adopted)
      })
      offer.appendChild(adopt)
      offer.appendChild(makeButton(strings.shared_keep, function () { done("") }))
      tools.after(offer)
      adopt.focus()
    }
  }

  function tickedIn(boxes) {
    return boxes.filter(function (box) { return box.checked }).length
  }

  // A progress bar and its text (the markup of scripts/kb/markdown/checklists.py progress_bar).
  function setBar(container, done, total, template, number) {
    var text = format(template, { done: number(done), total: number(total) })
    var bar = container.querySelector(".kb-progress")
    bar.setAttribute("aria-valuenow", String(done))
    bar.setAttribute("aria-valuetext", text)
    bar.querySelector(".kb-progress__fill").style.width = (total ? (100 * done) / total : 0) + "%"
    container.querySelector(".kb-progress__text").textContent = text
  }

  // The checklists page's table (kb/content/checklist_collections.py overview_table): each
  // checklist's progress from this browser's ticks, its last change, and a link to the
  // first item not ticked yet.
  function showOverview(table) {
    var strings = JSON.parse(table.dataset.kbStrings)
    var digits = table.dataset.kbDigits || "0123456789"
    var number = numberer(digits)
    var changed = readChanged()
    table.querySelectorAll("tr[data-kb-page]").forEach(function (row) {
      takeOver(row)
      var page = row.dataset.kbPage
      var ids = row.dataset.kbItems.split(" ")
      var ticks = readPage(page)
      var done = ids.filter(function (id) { return ticks[id] }).length
      setBar(row, done, ids.length, strings.progress, number)
      if (changed[page]) row.querySelector(".kb-overview__changed").textContent = longDate(changed[page], table.dataset.kbDateLocale)
      var next = ids.filter(function (id) { return !ticks[id] })[0]
      var link = row.querySelector(".kb-overview__continue")
      link.textContent = next ? (done ? strings.continue : strings.start) : strings.complete
      link.href = link.href.split("#")[0] + "#item-" + (next || ids[0])
    })
  }

  function init() {
    var tools = document.querySelector(".kb-page-tools")
    if (tools) setUp(tools)
    var overview = document.querySelector("[data-kb-overview]")
    if (overview) showOverview(overview)
  }

  // Material's instant navigation swaps the content without a page load: document$ emits
  // for the first page and every later one. Without Material's bundle, run once.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init)
  else document.addEventListener("DOMContentLoaded", init)
})()
