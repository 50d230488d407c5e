// Fillable templates: what a reader types is kept, checked (the RACI sheet), cleared, copied
// as text, shared as a link and printed.
//
// scripts/kb/markdown/forms.py writes the fields: each control carries data-kb-field, its ID,
// the same in every language, and is followed by a print-only copy of its value
// (.kb-field__print: inputs print poorly, some browsers not at all). scripts/kb/plugin/features/
// templates.py writes the tools (.kb-form-tools) with the strings this file writes, in the page's
// language. This file only adds behaviour and never inserts controls, so nothing moves when it
// starts, and a page without JavaScript still shows and prints its blank fields.
//
// The storage rules are the checklists' (checklists.js), so that one explanation holds for both:
// values live in localStorage under one key that belongs to this site,
//   { "<field ID>": "<value>", ... }
// and the field IDs are the same in every language, so a sheet filled on the Arabic page opens
// filled on the Persian one (the checklists key by page; field IDs are unique in the whole site,
// kb check makes sure, so that the booklet's copy of a template shares its values). Storage may
// be missing, full, blocked or hold someone else's data: every access is guarded, anything
// that is not an object of strings counts as "nothing typed", and only the page's own field IDs
// are ever read from it.
//
// Sharing, as for checklists: "Share" makes a link whose fragment holds the filled-in fields,
// #kb-fields=<ID>:<value>,<ID>:<value>!<check> (values %-encoded, so ":" "," never occur in
// them); nothing leaves the browser until the reader sends it. Opening one offers its values;
// the reader's own change only on "Use these entries". A link cut short, altered or made for
// another version of the template (a field ID the page does not have, or one given twice)
// changes nothing and says so.
(function () {
  "use strict"

  var common = window.kbPageTools // page-tools.js: what the checklists do alike
  var today = common.today, longDate = common.longDate, check = common.check, format = common.format
  var onAction = common.onAction, makeButton = common.makeButton
  var STORAGE_KEY = "marketing-it-kb:templates:v1"
  var SHARED = "kb-fields="
  var ACCOUNTABLE = ["A", "AR"] // kb/markdown/forms.py ACCOUNTABLE: a RACI row has exactly one

  function readAll() {
    return common.readObject(STORAGE_KEY)
  }

  // The stored value of each of the page's fields that has a string value.
  function readValues(ids) {
    var data = readAll()
    var values = new Map()
    ids.forEach(function (id) {
      if (Object.prototype.hasOwnProperty.call(data, id) && typeof data[id] === "string") values.set(id, data[id])
    })
    return values
  }

  function writeValues(entries) {
    try {
      var data = readAll()
      entries.forEach(function (value, id) {
        if (value) data[id] = value
        else delete data[id]
      })
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(data))
      return true
    } catch (error) {
      return false // private mode or quota: the page keeps working, the values are not kept
    }
  }

  function sharedFragment(entries) {
    var body = entries.map(function (entry) { return entry[0] + ":" + encodeURIComponent(entry[1]) }).join(",")
    return "#" + SHARED + body + "!" + check(body)
  }

  // The values a shared link carries, as a Map from field ID, or null if the link is damaged
  // or does not fit the page's fields (`known`: every field ID on the page). The link is
  // anyone's writing: each ID must be one of the page's, once, looked up in a Map (never a
  // plain {}, which would answer "__proto__" or "constructor"), and a refused link never
  // reaches "Use these entries".
  function readShared(hash, known) {
    var value = hash.slice(1 + SHARED.length)
    var bang = value.lastIndexOf("!")
    if (bang < 0) return null
    var body = value.slice(0, bang)
    if (check(body) !== value.slice(bang + 1)) return null
    var left = new Map()
    known.forEach(function (id) { left.set(id, true) })
    var values = new Map()
    var pairs = body ? body.split(",") : []
    for (var i = 0; i < pairs.length; i++) {
      var colon = pairs[i].indexOf(":")
      var id = colon < 0 ? "" : pairs[i].slice(0, colon)
      if (!left.has(id)) return null // not a field of this page, or given twice
      left.delete(id)
      try {
        values.set(id, decodeURIComponent(pairs[i].slice(colon + 1)))
      } catch (error) {
        return null // a broken %-escape: the link was cut or altered
      }
    }
    return values
  }

  function setUp(holder) {
    if (holder.dataset.kbReady) return
    holder.dataset.kbReady = "true"
    var strings = JSON.parse(holder.dataset.kbStrings)
    var digits = holder.dataset.kbDigits || "0123456789"
    var locale = holder.dataset.kbDateLocale
    var tools = holder.classList.contains("kb-form-tools") ? holder : null // none on the booklet
    var status = tools ? tools.querySelector(".kb-status") : null
    var controls = Array.prototype.slice.call(
      document.querySelectorAll(".kb-form input[data-kb-field], .kb-form textarea[data-kb-field], .kb-form select[data-kb-field]"))
    var byId = new Map()
    controls.forEach(function (control) { byId.set(control.dataset.kbField, control) })
    var ids = Array.from(byId.keys())

    function say(text) { if (status) status.textContent = text }

    // What the reader sees of a value: a select's option, a date in the page's calendar and digits.
    function shown(control) {
      if (control.tagName === "SELECT") return control.value ? control.selectedOptions[0].textContent : ""
      if (control.type === "date" && control.value) return longDate(control.value, locale)
      return control.value
    }

    function mirror(control) {
      var copy = control.parentElement.querySelector(".kb-field__value")
      if (copy) copy.textContent = shown(control)
    }

    // A stored or shared value, only if the control can hold it (a select's options, a date).
    function setValue(control, value) {
      control.value = value
      if (control.value !== value) control.value = ""
      mirror(control)
    }

    function save(changed) {
      var entries = new Map()
      changed.forEach(function (control) { entries.set(control.dataset.kbField, control.value) })
      if (!writeValues(entries)) say(strings.not_saved)
      else if (status && status.textContent === strings.not_saved) say("")
    }

    // The RACI check: next to each row, in the reader's language, whether it has no A or more
    // than one; the row's selects are described by it (aria-describedby, forms.py), and a change
    // that flags or settles the row is said in the sheet's status (role=status).
    function checkRow(row, announce) {
      var selects = Array.prototype.slice.call(row.querySelectorAll("select[data-kb-field]"))
      var owners = selects.filter(function (select) { return ACCOUNTABLE.indexOf(select.value) >= 0 }).length
      var flag = row.querySelector(".kb-raci__flag")
      var before = flag.textContent
      var text = owners === 0 ? strings.raci_none : owners > 1 ? strings.raci_many : ""
      flag.textContent = text
      row.classList.toggle("kb-raci__row--flagged", Boolean(text))
      selects.forEach(function (select) {
        if (text) select.setAttribute("aria-invalid", "true")
        else select.removeAttribute("aria-invalid")
      })
      if (announce && before !== text) {
        var live = row.closest(".kb-raci").querySelector(".kb-raci__status")
        live.textContent = row.querySelector("th").textContent.trim() + ": " + (text || strings.raci_ok)
      }
    }

    function checkAll() {
      document.querySelectorAll(".kb-raci tr[data-kb-raci-row]").forEach(function (row) { checkRow(row, false) })
    }

    var stored = readValues(ids)
    controls.forEach(function (control) {
      setValue(control, stored.get(control.dataset.kbField) || "")
      var update = function () {
        mirror(control)
        save([control])
        var row = control.closest("tr[data-kb-raci-row]")
        if (row) checkRow(row, true)
      }
      control.addEventListener(control.tagName === "SELECT" ? "change" : "input", update)
    })
    checkAll()

    // Print only: the day the page was printed, next to the sign-off lines.
    var printed = tools && document.querySelector(".kb-print-date")
    if (printed) printed.textContent = strings.printed + ": " + longDate(today(), locale)
    if (!tools) return

    onAction(tools, "clear", function () {
      if (!window.confirm(strings.clear_confirm)) return
      controls.forEach(function (control) { setValue(control, "") })
      save(controls)
      checkAll()
    })

    // Plain text for email and chat, as checklists.js writes it: on a right-to-left page every
    // line starts with a right-to-left mark (U+200F), the address is isolated left to right
    // (U+2066 ... U+2069), and the date uses the page's digits.
    function asText() {
      var title = document.querySelector(".md-content h1")
      var rtl = document.documentElement.dir === "rtl"
      var address = location.href.split("#")[0]
      var lines = ["# " + (title ? title.textContent.replace(/¶\s*$/, "").trim() : document.title),
        rtl ? "\u2066" + address + "\u2069" : address, strings.date + ": " + window.kbPlural.number(today(), digits)]
      document.querySelectorAll(".md-content h2, .md-content h3, .kb-form").forEach(function (element) {
        if (!element.classList.contains("kb-form")) {
          lines.push("", "## " + element.textContent.replace(/¶\s*$/, "").trim())
        } else if (element.classList.contains("kb-raci")) {
          var roles = Array.prototype.slice.call(element.querySelectorAll("thead th[id]"))
          element.querySelectorAll("tr[data-kb-raci-row]").forEach(function (row) {
            var cells = Array.prototype.slice.call(row.querySelectorAll("select")).map(function (select, i) {
              return select.value ? roles[i].textContent.trim() + " " + shown(select) : ""
            }).filter(Boolean)
            var flag = row.querySelector(".kb-raci__flag").textContent
            lines.push("- " + row.querySelector("th").textContent.trim() + ": " + cells.join(", ") + (flag ? " (" + flag + ")" : ""))
          })
        } else {
          element.querySelectorAll(".kb-field").forEach(function (field) {
            var control = field.querySelector("[data-kb-field]")
            lines.push("- " + field.querySelector("label").textContent.trim() + ": " + shown(control).replace(/\s*\n\s*/g, " / "))
          })
        }
      })
      var mark = rtl ? "\u200f" : ""
      return lines.map(function (line) { return line && mark + line }).join("\n") + "\n"
    }

    onAction(tools, "copy", function () {
      var failed = function () { say(strings.copy_failed) }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(asText()).then(function () { say(strings.copied) }, failed)
      } else {
        failed()
      }
    })

    // The same class as the checklists' "Print blank", so that one print stylesheet rule hides
    // ticks and entries alike (the booklet holds both).
    function print(blank) {
      document.documentElement.classList.toggle("kb-print-blank", blank)
      window.print()
    }
    window.addEventListener("afterprint", function () { document.documentElement.classList.remove("kb-print-blank") })
    onAction(tools, "print", function () { print(false) })
    onAction(tools, "print-blank", function () { print(true) })

    onAction(tools, "share", function () {
      var entries = controls.filter(function (c) { return c.value }).map(function (c) { return [c.dataset.kbField, c.value] })
      common.shareLink(location.href.split("#")[0] + sharedFragment(entries), status, strings)
    })

    var forget = common.forgetShared

    // Each value the link carries is shown beside its field, as someone else's, until the
    // reader chooses (checklists.js marks shared ticks the same way); screen readers hear it
    // with the field (aria-describedby).
    function markShared(values) {
      var marks = []
      controls.forEach(function (control) {
        var value = values.get(control.dataset.kbField)
        if (!value) return
        var probe = control.cloneNode(true) // what the field would show, without touching it
        probe.value = value
        var mark = document.createElement("span")
        mark.className = "kb-shared-mark kb-field__shared"
        mark.id = "kb-shared-" + control.id
        mark.textContent = format(strings.shared_value, { value: probe.value ? shown(probe) : value })
        control.after(mark)
        var described = control.getAttribute("aria-describedby")
        control.setAttribute("aria-describedby", described ? described + " " + mark.id : mark.id)
        marks.push([control, mark, described])
      })
      return function () {
        marks.forEach(function (entry) {
          entry[1].remove()
          if (entry[2]) entry[0].setAttribute("aria-describedby", entry[2])
          else entry[0].removeAttribute("aria-describedby")
        })
      }
    }

    function offerShared(values) {
      var unmark = markShared(values)
      var offer = document.createElement("div")
      offer.className = "kb-shared"
      offer.setAttribute("role", "group")
      offer.setAttribute("aria-label", strings.shared_adopt)
      var text = document.createElement("p")
      text.textContent = window.kbPlural.format(strings.shared_intro, values.size, holder.dataset.kbLang, digits) // plural.js
      offer.appendChild(text)
      var done = function (message) {
        unmark()
        offer.remove()
        forget()
        say(message)
      }
      var adopt = makeButton(strings.shared_adopt, function () {
        controls.forEach(function (control) { setValue(control, values.get(control.dataset.kbField) || "") })
        save(controls)
        checkAll()
        done(strings.shared_adopted)
      })
      offer.appendChild(adopt)
      offer.appendChild(makeButton(strings.shared_keep, function () { done("") }))
      tools.after(offer)
      adopt.focus()
    }

    if (location.hash.indexOf("#" + SHARED) === 0) {
      var shared = readShared(location.hash, ids)
      if (!shared) say(strings.shared_invalid)
      else offerShared(shared)
    }
  }

  function init() {
    var holder = document.querySelector("[data-kb-form-strings]")
    if (holder) setUp(holder)
  }

  // Material's instant navigation swaps the content without a page load (checklists.js says more).
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init)
  else document.addEventListener("DOMContentLoaded", init)
})()
