// What the checklists (checklists.js) and the fillable templates (templates.js) do alike: reading
// their storage, their tool buttons, the print date, the check on a shared link, copying a link or
// showing it to copy.
// One copy here (window.kbPageTools), loaded before both (mkdocs.yml extra_javascript), so that
// the two behave the same and a fix lands in both.
;(function (root) {
  "use strict"

  // The object kept in localStorage under `key`, or {} when there is none, storage is blocked or
  // what is there is not an object (someone else's data, a damaged write).
  function readObject(key) {
    try {
      var data = JSON.parse(window.localStorage.getItem(key) || "{}")
      return data && typeof data === "object" && !Array.isArray(data) ? data : {}
    } catch (error) {
      return {}
    }
  }

  // Today as the browser's UTC day, "2026-12-02".
  function today() {
    return new Date().toISOString().slice(0, 10)
  }

  // A day ("2026-12-02") as the page's language writes dates: its calendar and digits
  // (data-kb-date-locale, from kb/locales/<lang>.yml `date_locale`, the tag the build's own dates
  // are written from), e.g. «۱۱ آذر ۱۴۰۵» in Persian.
  function longDate(day, locale) {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(day + "T00:00:00Z"))
    } catch (error) {
      return day
    }
  }

  // A short check of a shared link's body (FNV-1a, base 36), so that a link cut short or
  // altered is recognised.
  function check(text) {
    var hash = 0x811c9dc5
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    return hash.toString(36)
  }

  // "{done} of {total}" with its values.
  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key] })
  }

  // The button the build wrote with data-kb-action="<action>" inside `container`, if any, runs `handler`.
  function onAction(container, action, handler) {
    var element = container && container.querySelector('[data-kb-action="' + action + '"]')
    if (element) element.addEventListener("click", handler)
  }

  // A button made here: the shared link's "Use these" and "Keep my own", which exist only then.
  function makeButton(label, handler) {
    var button = document.createElement("button")
    button.type = "button"
    button.className = "md-button kb-button"
    button.textContent = label
    button.addEventListener("click", handler)
    return button
  }

  // Copy `link` to the clipboard and say so in `status`; where the clipboard is refused, show
  // the link selected in a read-only field to copy by hand.
  function shareLink(link, status, strings) {
    var showLink = function () {
      status.textContent = strings.share_failed + " "
      var field = document.createElement("input")
      field.type = "text"
      field.readOnly = true
      field.value = link
      field.dir = "ltr" // an address reads left to right, also in an Arabic or Persian page
      field.setAttribute("aria-label", strings.share_failed)
      field.className = "kb-share-link"
      status.appendChild(field)
      field.select()
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link).then(function () { status.textContent = strings.share_copied }, showLink)
    } else {
      showLink()
    }
  }

  // The shared link's fragment leaves the address once the reader has chosen, so that a
  // reload does not offer it again.
  function forgetShared() {
    history.replaceState(history.state, "", location.pathname + location.search)
  }

  root.kbPageTools = {
    readObject: readObject,
    today: today,
    longDate: longDate,
    check: check,
    format: format,
    onAction: onAction,
    makeButton: makeButton,
    shareLink: shareLink,
    forgetShared: forgetShared,
  }
})(window)
