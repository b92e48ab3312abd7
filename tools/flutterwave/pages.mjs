// The hosted payment page a shopper lands on from `data.link` of POST /v3/payments.
const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

/** Flutterwave amounts are already in major units (naira, dollars). */
const displayAmount = (amount, currency) => new Intl.NumberFormat("en-NG", { style: "currency", currency }).format(amount)

const layout = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#fff8ec;margin:0;display:grid;place-items:center;min-height:100vh;color:#12122c}
main{background:#fff;border-radius:12px;box-shadow:0 2px 12px #0002;padding:2rem;max-width:24rem;width:100%}
.amount{font-size:1.75rem;font-weight:700;margin:.25rem 0 1rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.5rem}
button{font:inherit;padding:.75rem 1.25rem;border-radius:8px;border:1px solid #f5a623;cursor:pointer;background:#fff}
.pay{background:#f5a623;color:#12122c}.decline{color:#a11}.cancel{border-color:#999;color:#333}
small{color:#555}
</style></head><body><main>${body}</main></body></html>`

export function renderPaymentPage(link) {
  if (link.closed) return renderClosedPage(link)
  const base = `/pay/${escapeHtml(link.code)}`
  return layout(
    "Flutterwave checkout (simulator)",
    `<p><small>Flutterwave simulator — no real money moves</small></p>
<h1>Pay ${escapeHtml(displayAmount(link.amount, link.currency))}</h1>
<p class="amount" data-testid="flutterwave-amount">${escapeHtml(displayAmount(link.amount, link.currency))}</p>
<p>${escapeHtml(link.customer.email)}<br><small>Reference ${escapeHtml(link.tx_ref)}</small></p>
<div class="actions">
<form method="post" action="${base}/pay"><button class="pay" data-testid="flutterwave-pay">Pay</button></form>
<form method="post" action="${base}/decline"><button class="decline" data-testid="flutterwave-decline">Decline</button></form>
<form method="post" action="${base}/cancel"><button class="cancel" data-testid="flutterwave-cancel">Cancel</button></form>
</div>`
  )
}

export function renderClosedPage(link, status = link.closed) {
  const outcome = { successful: "This payment was successful.", failed: "This payment was declined.", cancelled: "This payment was cancelled." }[status] ?? "This payment is closed."
  return layout("Flutterwave checkout (simulator)", `<h1>${escapeHtml(outcome)}</h1><p><small>Reference ${escapeHtml(link.tx_ref)}</small></p>`)
}
