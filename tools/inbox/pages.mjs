// The inbox's web pages: every message, newest first, and one message with
// its HTML (in a sandboxed frame: no scripts, links open in a new tab), its
// text, headers and links, and buttons that raise Resend's webhook events.
export const escapeHtml = (value) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

const NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }
// Named and numeric (`&#38;`, `&#x26;`) references, as a mail client reads an href.
const decodeEntities = (value) =>
  value.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (whole, decimal, hex, name) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()]
    const code = decimal ? Number(decimal) : parseInt(hex, 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })

/** The http(s) links of a message, from its HTML (or its text when it has none), each once. */
export function linksOf(message) {
  const found = message.html
    ? [...message.html.matchAll(/<a\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeEntities(m[1] ?? m[2]))
    : [...(message.text ?? "").matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0])
  return [...new Set(found.filter((href) => /^https?:\/\//i.test(href)))]
}

/** The page's own policy: no scripts at all; images and styles of the emails may come from anywhere. */
export const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

const layout = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f5f5f4;color:#1c1917}
header{background:#1c1917;color:#fafaf9;padding:.75rem 1.25rem;display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
header a{color:#fafaf9}main{max-width:70rem;margin:0 auto;padding:1rem 1.25rem}
table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #e7e5e4;vertical-align:top}
td a{color:inherit}small,.muted{color:#57534e}iframe{width:100%;height:36rem;border:1px solid #d6d3d1;background:#fff}
pre{white-space:pre-wrap;background:#fff;padding:1rem;border:1px solid #e7e5e4;overflow-wrap:anywhere}
section{margin:1.25rem 0}.events{display:flex;gap:.5rem;flex-wrap:wrap}button{font:inherit;padding:.4rem .8rem;border-radius:6px;border:1px solid #78716c;background:#fff;cursor:pointer}
form.inline{display:inline}input,select{font:inherit;padding:.35rem}
</style></head><body>
<header><strong><a href="/">Local inbox</a></strong><small>Every email the apps sent through the Resend API on this machine. Nothing leaves it.</small></header>
<main>${body}</main></body></html>`

const when = (iso) => escapeHtml(iso.replace("T", " ").slice(0, 19))
const lastEvent = (message) => message.events.at(-1)?.type?.replace("email.", "") ?? "accepted"

export function renderList(messages, { to = "", stats }) {
  const rows = messages
    .map(
      (m) => `<tr data-testid="inbox-message">
<td><small>${when(m.createdAt)}</small></td><td>${escapeHtml(m.to.join(", "))}</td>
<td><a href="/messages/${escapeHtml(m.id)}">${escapeHtml(m.subject)}</a></td><td><small>${escapeHtml(m.from)}</small></td><td><small>${escapeHtml(lastEvent(m))}</small></td></tr>`
    )
    .join("")
  return layout(
    "Local inbox",
    `<form method="get" action="/"><label>Recipient <input name="to" type="email" value="${escapeHtml(to)}"></label> <button>Filter</button> <a href="/">All</a></form>
<p class="muted">${stats.accepted} accepted since the inbox started; the newest ${stats.kept} are kept.</p>
${rows ? `<table><thead><tr><th>Sent</th><th>To</th><th>Subject</th><th>From</th><th>Last event</th></tr></thead><tbody>${rows}</tbody></table>` : "<p>No email yet.</p>"}`
  )
}

/** The email's HTML for the frame: links open outside it, since the frame itself may not navigate. */
const framed = (html) => `<base target="_blank">${html}`

function eventButtons(message, links) {
  const button = (type, label, extra = "") =>
    `<form class="inline" method="post" action="/messages/${escapeHtml(message.id)}/events"><input type="hidden" name="type" value="${type}">${extra}<button data-testid="inbox-event-${type.replace("email.", "")}">${label}</button></form>`
  const linkChoice = links.length
    ? `<select name="link" aria-label="Link clicked">${links.map((l) => `<option>${escapeHtml(l)}</option>`).join("")}</select>`
    : ""
  return `<div class="events">${button("email.delivered", "Delivered")}${button("email.opened", "Opened")}${links.length ? button("email.clicked", "Clicked", linkChoice) : ""}${button("email.bounced", "Hard bounce", '<input type="hidden" name="bounceType" value="hard">')}${button("email.complained", "Complaint")}</div>`
}

const sizeOf = (bytes) => (bytes === null ? "fetched by Resend from its path" : bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`)

/** Each attachment with its type and size, a link to download it (older stored messages have none). */
function attachmentsSection(message) {
  const files = message.attachments ?? []
  if (!files.length) return ""
  const items = files
    .map((file, index) => {
      const name = escapeHtml(file.filename)
      const link = file.content === null ? `${name} (${escapeHtml(file.path)})` : `<a data-testid="inbox-attachment" href="/messages/${escapeHtml(message.id)}/attachments/${index}">${name}</a>`
      return `<li>${link} <small>${escapeHtml(file.contentType ?? "type from the name")}, ${escapeHtml(sizeOf(file.size))}</small></li>`
    })
    .join("")
  return `<section><h2>Attachments</h2><ul>${items}</ul></section>`
}

export function renderMessage(message, { webhooks }) {
  const links = linksOf(message)
  const headers = [
    ["From", message.from],
    ["To", message.to.join(", ")],
    ...(message.cc.length ? [["Cc", message.cc.join(", ")]] : []),
    ...(message.replyTo.length ? [["Reply-To", message.replyTo.join(", ")]] : []),
    ["Subject", message.subject],
    ["Date", message.createdAt],
    ...Object.entries(message.headers),
    ...message.tags.map((t) => [`Tag ${t.name}`, t.value]),
    ["Resend id", message.id],
  ]
  const events = message.events
    .map((e) => `<li>${when(e.at)} ${escapeHtml(e.type)}${e.link ? ` (${escapeHtml(e.link)})` : ""} → ${escapeHtml(e.delivery)}</li>`)
    .join("")
  return layout(
    message.subject,
    `<h1>${escapeHtml(message.subject)}</h1>
<p><small>${escapeHtml(message.from)} → ${escapeHtml(message.to.join(", "))}, ${when(message.createdAt)}</small></p>
${message.html ? `<section><h2>HTML</h2><iframe title="The email as HTML" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(framed(message.html))}"></iframe></section>` : ""}
<section><h2>Links</h2>${links.length ? `<ul>${links.map((l) => `<li><a data-testid="inbox-link" href="${escapeHtml(l)}" target="_blank" rel="noopener noreferrer">${escapeHtml(l)}</a></li>`).join("")}</ul>` : "<p>None.</p>"}</section>
${attachmentsSection(message)}
<section><h2>Text</h2><pre data-testid="inbox-text">${escapeHtml(message.text ?? "(no plain-text part)")}</pre></section>
<section><h2>Headers</h2><table>${headers.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table></section>
<section><h2>Webhook events</h2>${webhooks ? eventButtons(message, links) : "<p class=\"muted\">No webhook endpoint is configured (INBOX_WEBHOOK_URL).</p>"}${events ? `<ul>${events}</ul>` : ""}</section>`
  )
}
