// The local provider's one page: it stands in for Google's account chooser.
// The reader types the address (and name) to sign in as; nothing is checked,
// which is the point of a provider for development and tests.
export const escapeHtml = (value) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

// No form-action: after the sign-in the provider redirects to the relying party's callback,
// and a browser applies form-action to that redirect too.
export const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'"

const layout = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
*{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0;background:#f1f3f4;color:#202124;min-height:100vh;display:grid;place-items:center;padding:1rem}
main{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:2rem 1.75rem;width:100%;max-width:26rem}
h1{font-size:1.5rem;font-weight:400;margin:.75rem 0 .25rem}p{margin:.25rem 0 1.25rem;color:#5f6368}
label{display:block;margin:.9rem 0 .3rem;font-size:.9rem}input[type=email],input[type=text]{width:100%;font:inherit;padding:.65rem .75rem;border:1px solid #dadce0;border-radius:4px}
.check{display:flex;gap:.5rem;align-items:center;font-size:.85rem;color:#5f6368;margin-top:1rem}
.actions{display:flex;justify-content:space-between;align-items:center;margin-top:1.5rem}
button{font:inherit;border-radius:4px;padding:.55rem 1.4rem;cursor:pointer}button.primary{background:#1a73e8;color:#fff;border:0}button.link{background:none;border:0;color:#1a73e8;padding:.55rem 0}
.error{color:#d93025;font-size:.9rem}small{display:block;margin-top:1.5rem;color:#5f6368}
</style></head><body><main>${body}</main></body></html>`

/** The sign-in form of one interaction (`uid`), for the application `clientName`. */
export function renderLogin({ uid, clientName, email = "", name = "", error = "" }) {
  return layout(
    "Sign in – local Google",
    `<strong>Local Google</strong>
<h1>Sign in</h1>
<p>to continue to ${escapeHtml(clientName)}</p>
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<label for="email">Email</label><input id="email" name="email" type="email" required autofocus value="${escapeHtml(email)}" data-testid="oidc-email">
<label for="name">Name</label><input id="name" name="name" type="text" maxlength="100" value="${escapeHtml(name)}" data-testid="oidc-name">
<label class="check"><input type="checkbox" name="unverified" value="1" data-testid="oidc-unverified"> This address is not verified (tests an unverified account)</label>
<div class="actions"><button class="link" type="submit" formaction="/interaction/${escapeHtml(uid)}/abort" formnovalidate>Cancel</button>
<button class="primary" type="submit" data-testid="oidc-continue">Continue</button></div>
</form>
<small>A local OpenID provider for development and tests (tools/oidc): it signs in any address typed here. Real Google is used when GOOGLE_CLIENT_ID is set.</small>`
  )
}

export function renderMessage(title, message) {
  return layout(title, `<strong>Local Google</strong><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`)
}
