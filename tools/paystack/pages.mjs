// The hosted checkout page a shopper lands on from `authorization_url`.
const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

/** Minor units to a display amount: kobo → naira, cents → dollars. */
const displayAmount = (amount, currency) =>
  new Intl.NumberFormat("en-NG", { style: "currency", currency }).format(amount / 100)

const layout = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;display:grid;place-items:center;min-height:100vh;color:#011b33}
main{background:#fff;border-radius:12px;box-shadow:0 2px 12px #0002;padding:2rem;max-width:24rem;width:100%}
.amount{font-size:1.75rem;font-weight:700;margin:.25rem 0 1rem}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}
button{font:inherit;padding:.75rem 1.25rem;border-radius:8px;border:1px solid #0ba4db;cursor:pointer}
.pay{background:#0ba4db;color:#fff}.decline{background:#fff;color:#a11}
small{color:#555}
</style></head><body><main>${body}</main></body></html>`

export function renderCheckoutPage(t) {
  if (t.status !== "abandoned") return renderClosedPage(t)
  return layout(
    "Paystack checkout (simulator)",
    `<p><small>Paystack simulator — no real money moves</small></p>
<h1>Pay ${escapeHtml(displayAmount(t.amount, t.currency))}</h1>
<p class="amount" data-testid="paystack-amount">${escapeHtml(displayAmount(t.amount, t.currency))}</p>
<p>${escapeHtml(t.email)}<br><small>Reference ${escapeHtml(t.reference)}</small></p>
<div class="actions">
<form method="post" action="/checkout/${escapeHtml(t.access_code)}/pay"><button class="pay" data-testid="paystack-pay">Pay</button></form>
<form method="post" action="/checkout/${escapeHtml(t.access_code)}/decline"><button class="decline" data-testid="paystack-decline">Decline</button></form>
</div>`
  )
}

export function renderClosedPage(t) {
  const outcome = { success: "This payment was successful.", failed: "This payment was declined." }[t.status] ?? "This payment is closed."
  return layout("Paystack checkout (simulator)", `<h1>${escapeHtml(outcome)}</h1><p><small>Reference ${escapeHtml(t.reference)}</small></p>`)
}
