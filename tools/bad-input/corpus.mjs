// The bad-input corpus: requests a careless client or an attacker sends, fired
// at all three apps by run.mjs. The bar for every entry is the same: a 4xx (or
// an ordinary answer), never a 5xx or a dropped connection. Where an entry
// names `status`, the answer must be exactly one of those; `leaks` lists text
// that must never appear in the answer (file contents a traversal could reach).
//
// Fields: app ("commerce" | "cms" | "storefront"), name, method (default GET),
// path (sent as written: percent-encoding is the test), headers, and one body:
// `json` (serialised), `text` (a string as is), `bytes` (a Buffer as is, for
// bytes that are not UTF-8). `raw` sends the request line itself as bytes over
// a socket (fetch cannot put a raw byte in a URL). `{pk}` in a header becomes
// commerce's publishable key.

const NUL = "\u0000"
const BIG = 5 * 1024 * 1024
const STORE = { "x-publishable-api-key": "{pk}" }
/** Text the repository's own files hold: a traversal that reaches one must not echo it. */
const REPO_FILES = ['"name": "author-commerce"', '"workspaces"', "DATABASE_URL=", "PAYLOAD_SECRET", "root:x:0:0"]

/** A JSON body nested `depth` arrays deep: a parser or walker with recursion overflows its stack. */
const deepJson = (depth) => "[".repeat(depth) + "]".repeat(depth)
/** `{"email":"` + bytes that are not UTF-8 (an overlong "/" and a lone continuation byte) + `"}`. */
const overlongUtf8Email = () =>
  Buffer.concat([Buffer.from('{"email":"a'), Buffer.from([0xc0, 0xaf, 0x80]), Buffer.from('@example.com","password":"x"}')])
/** Odd but valid Unicode a search or a name may hold: right-to-left override, combining marks, emoji, another script. */
export const ODD_UNICODE = ["\u202Eevil\u202C", "e\u0301\u0301\u0301\u0301", "📚✍️👩🏽‍💻", "كتاب الكاتب", "\uFEFFbom", "\u200B\u200D"]

const enc = encodeURIComponent

const commerce = [
  // NUL, control characters and bytes that are not UTF-8 in query strings and paths.
  { name: "NUL in a product search", path: "/store/products?q=%00", headers: STORE, status: [400] },
  { name: "NUL inside a search", path: "/store/products?q=the%00quiet", headers: STORE, status: [400] },
  { name: "control character in a search", path: "/store/products?q=a%07b", headers: STORE },
  { name: "overlong UTF-8 in a search", path: "/store/products?q=%C0%AF", headers: STORE },
  { name: "truncated UTF-8 in a search", path: "/store/products?q=%E2%82", headers: STORE },
  { name: "malformed percent-encoding", path: "/store/products?q=%", headers: STORE },
  { name: "NUL in a product handle filter", path: "/store/products?handle=%00", headers: STORE },
  { name: "NUL in a product id", path: "/store/products/prod_%00", headers: STORE },
  { name: "NUL in a course handle", path: "/store/courses/%00", headers: STORE },
  { name: "NUL in a certificate code", path: "/store/course-certificates/%00", headers: STORE },
  { name: "NUL in a community search", path: "/store/community/discussions?q=%00", headers: STORE },
  { name: "over-long search", path: `/store/products?q=${"a".repeat(20_000)}`, headers: STORE },
  // Wrong types and operators where Medusa validates a query.
  { name: "negative limit", path: "/store/products?limit=-1", headers: STORE },
  { name: "negative offset", path: "/store/products?offset=-1", headers: STORE },
  { name: "limit that is not a number", path: "/store/products?limit=ten", headers: STORE },
  { name: "huge offset", path: "/store/products?offset=99999999999999999999", headers: STORE },
  { name: "operator object instead of a string", path: "/store/products?q[$ne]=x", headers: STORE },
  { name: "$where in a filter", path: "/store/products?handle[$where]=1", headers: STORE },
  { name: "SQL in a filter", path: `/store/products?handle=${enc("' OR 1=1 --")}`, headers: STORE },
  { name: "unknown field selection", path: "/store/products?fields=*password_hash", headers: STORE },
  { name: "array where a string is expected", path: "/store/products?q[]=a&q[]=b", headers: STORE },
  // Bodies: malformed JSON, wrong types, NUL, bytes that are not UTF-8, huge.
  { name: "malformed JSON sign-in", method: "POST", path: "/auth/customer/emailpass", text: '{"email":', headers: { "content-type": "application/json" } },
  { name: "wrong types in sign-in", method: "POST", path: "/auth/customer/emailpass", json: { email: ["a@b.c"], password: { $gt: "" } } },
  { name: "NUL in a sign-in email", method: "POST", path: "/auth/customer/emailpass", json: { email: `a${NUL}@example.com`, password: "x" } },
  { name: "bytes that are not UTF-8 in a body", method: "POST", path: "/auth/customer/emailpass", bytes: overlongUtf8Email(), headers: { "content-type": "application/json" } },
  { name: "JSON nested 5000 deep", method: "POST", path: "/auth/customer/emailpass", text: deepJson(5_000), headers: { "content-type": "application/json" } },
  { name: "5 MB sign-in body", method: "POST", path: "/auth/customer/emailpass", json: { email: "a@example.com", password: "x".repeat(BIG) } },
  { name: "NUL in a cart's email", method: "POST", path: "/store/carts", headers: STORE, json: { email: `x${NUL}@example.com` } },
  { name: "wrong types in a new cart", method: "POST", path: "/store/carts", headers: STORE, json: { region_id: { $ne: null }, items: "all" } },
  { name: "NUL in a cart id", method: "POST", path: "/store/carts/cart_%00/line-items", headers: STORE, json: { variant_id: "x", quantity: 1 } },
  { name: "unsigned Paystack webhook with garbage", method: "POST", path: "/hooks/payment/paystack_paystack", text: "{not json", headers: { "content-type": "application/json" } },
  // Path traversal in file and download routes.
  { name: "traversal in an ebook token", path: "/ebooks/download/..%2F..%2F..%2Fpackage.json", leaks: REPO_FILES },
  { name: "NUL in an ebook token", path: "/ebooks/download/%00", leaks: REPO_FILES },
  { name: "traversal in a guest ebook token", path: "/ebooks/guest/..%2F..%2Fmedusa-config.ts", leaks: REPO_FILES },
  { name: "traversal under /static", path: "/static/..%2F..%2Fpackage.json", leaks: REPO_FILES },
  { name: "double-encoded traversal under /static", path: "/static/%252e%252e%252f%252e%252e%252fpackage.json", leaks: REPO_FILES },
  { name: "NUL under /static", path: "/static/%00", leaks: REPO_FILES },
  // Odd Unicode in search and names.
  ...ODD_UNICODE.map((text) => ({ name: `odd Unicode in a search: ${JSON.stringify(text)}`, path: `/store/products?q=${enc(text)}`, headers: STORE, status: [200] })),
  { name: "odd Unicode in a new customer's name", method: "POST", path: "/auth/customer/emailpass/register", json: { email: "odd@example.com", password: "\u202Epassword" } },
  // Raw bytes in the request line (fetch cannot send these).
  { name: "raw overlong UTF-8 byte in a URL", raw: Buffer.from([0x2f, 0x73, 0x74, 0x6f, 0x72, 0x65, 0x2f, 0xc0, 0xaf]) },
].map((entry) => ({ app: "commerce", ...entry }))

const cms = [
  { name: "NUL in a where clause", path: "/api/posts?where[title][like]=%00", status: [400] },
  { name: "NUL deep in an or clause", path: "/api/posts?where[or][0][and][0][slug][equals]=a%00b", status: [400] },
  { name: "control character in a where clause", path: "/api/posts?where[title][like]=a%1Bb", status: [400] },
  { name: "overlong UTF-8 in a where clause", path: "/api/posts?where[title][like]=%C0%AF", status: [400] },
  { name: "malformed percent-encoding", path: "/api/posts?where[title][like]=%", },
  { name: "over-long where value", path: `/api/posts?where[slug][equals]=${"a".repeat(12_000)}`, status: [400, 414, 431] },
  { name: "NUL in a post id", path: "/api/posts/%00", status: [400] },
  { name: "id that is not a number", path: "/api/posts/not-a-number", status: [404] },
  { name: "NUL in a global's query", path: "/api/globals/header?depth=%00", status: [400] },
  // Operators: SQL and NoSQL in `where`, and ones the database cannot run.
  { name: "$ne operator", path: "/api/posts?where[title][$ne]=x", status: [400] },
  { name: "$where operator", path: "/api/posts?where[$where]=1", status: [400] },
  { name: "SQL in a where value", path: `/api/posts?where[slug][equals]=${enc("' OR '1'='1")}`, status: [200] },
  { name: "SQL in a field path", path: `/api/posts?where[${enc('title" OR 1=1 --')}][equals]=x`, status: [400] },
  { name: "near on a text field", path: "/api/posts?where[title][near]=1,2", status: [400] },
  { name: "all operator", path: "/api/posts?where[title][all]=a", status: [400] },
  { name: "negative page", path: "/api/posts?page=-1", status: [400] },
  { name: "depth that is not a number", path: "/api/posts?depth=deep", status: [400] },
  { name: "sort on a field that does not exist", path: "/api/posts?sort=nope" },
  // Bodies.
  { name: "malformed JSON sign-in", method: "POST", path: "/api/users/login", text: '{"email":', headers: { "content-type": "application/json" }, status: [400] },
  { name: "wrong types in sign-in", method: "POST", path: "/api/users/login", json: { email: ["a@b.c"], password: { $gt: "" } }, status: [400] },
  { name: "NUL in a sign-in email", method: "POST", path: "/api/users/login", json: { email: `editor@example.com${NUL}`, password: "x" }, status: [400] },
  { name: "bytes that are not UTF-8 in a body", method: "POST", path: "/api/users/login", bytes: overlongUtf8Email(), headers: { "content-type": "application/json" }, status: [400] },
  { name: "lone surrogate in a body", method: "POST", path: "/api/users/forgot-password", text: '{"email":"\\ud800@example.com"}', headers: { "content-type": "application/json" }, status: [400] },
  { name: "JSON nested 5000 deep", method: "POST", path: "/api/users/login", text: deepJson(5_000), headers: { "content-type": "application/json" }, status: [400] },
  { name: "5 MB sign-in body", method: "POST", path: "/api/users/login", json: { email: "a@example.com", password: "x".repeat(BIG) }, status: [413] },
  { name: "malformed _payload in an upload", method: "POST", path: "/api/media", multipart: { _payload: "{bad", file: ["x.png", "image/png", "x"] }, status: [400, 403] },
  { name: "NUL in a GraphQL query", method: "POST", path: "/api/graphql", json: { query: `{ Posts(where: { title: { like: "${NUL}" } }) { docs { title } } }` }, status: [400] },
  { name: "malformed GraphQL", method: "POST", path: "/api/graphql", json: { query: "{ Posts(where: " } },
  { name: "negative GraphQL page", method: "POST", path: "/api/graphql", json: { query: "{ Posts(page: -1) { docs { title } } }" } },
  { name: "newsletter sign-up without a key", method: "POST", path: "/api/newsletter-subscribers/subscribe", json: { email: "a@example.com" }, status: [403] },
  { name: "NUL in a newsletter token", path: "/api/newsletter-subscribers/confirm?token=%00", status: [400] },
  // Path traversal in the media route.
  { name: "traversal in a media file name", path: "/api/media/file/..%2F..%2Fpackage.json", leaks: REPO_FILES },
  { name: "dot-encoded traversal in a media file name", path: "/api/media/file/%2e%2e%2f%2e%2e%2f.env", leaks: REPO_FILES },
  { name: "double-encoded traversal in a media file name", path: "/api/media/file/%252e%252e%252fpackage.json", leaks: REPO_FILES },
  { name: "NUL in a media file name", path: "/api/media/file/a%00.png", status: [400], leaks: REPO_FILES },
  { name: "media file that is not there", path: "/api/media/file/no-such-file.png", status: [404] },
  // Odd Unicode.
  ...ODD_UNICODE.map((text) => ({ name: `odd Unicode in a where clause: ${JSON.stringify(text)}`, path: `/api/posts?where[title][like]=${enc(text)}`, status: [200] })),
  // The admin's pages read the same query strings.
  { name: "NUL in an admin list view's where", path: "/admin/collections/posts?where[title][like]=%00", status: [400] },
  { name: "raw overlong UTF-8 byte in a URL", raw: Buffer.from("/api/posts?where[title][like]=\xc0\xaf", "latin1") },
].map((entry) => ({ app: "cms", ...entry }))

const storefront = [
  // Pages: NUL, control characters and over-long values in dynamic segments and queries.
  { name: "NUL in a search page's query", path: "/ng/search?q=%00", status: [400] },
  { name: "control character in a search page's query", path: "/ng/search?q=a%1Fb", status: [400] },
  { name: "over-long search page query", path: `/ng/search?q=${"a".repeat(1_500)}`, status: [400] },
  { name: "overlong UTF-8 in a search page's query", path: "/ng/search?q=%C0%AF" },
  { name: "NUL in a book handle", path: "/ng/products/%00", status: [400, 404] },
  { name: "over-long book handle", path: `/ng/products/${"a".repeat(3_000)}`, status: [400, 404] },
  { name: "overlong UTF-8 in a book handle", path: "/ng/products/%C0%AF", status: [400, 404] },
  { name: "NUL in a blog post slug", path: "/ng/blog/%00", status: [400, 404] },
  { name: "NUL in a blog tag", path: "/ng/blog/tag/%00", status: [400, 404] },
  { name: "NUL in an event slug", path: "/ng/events/%00", status: [400, 404] },
  { name: "NUL in a course handle", path: "/ng/courses/%00", status: [400, 404] },
  { name: "NUL in a lesson", path: "/ng/learn/%00/%00", status: [400, 404] },
  { name: "NUL in a community search", path: "/ng/community?q=%00", status: [400] },
  { name: "NUL in a community category", path: "/ng/community/new?category=%00", status: [400, 307, 303] },
  { name: "NUL in a listing filter", path: "/ng/store?category=%00", status: [400, 200] },
  { name: "NUL in a country code", path: "/%00/products/the-quiet-draft", status: [400, 404] },
  { name: "NUL in a certificate code", path: "/ng/certificates/%00", status: [400, 404] },
  // Route handlers.
  { name: "NUL in search suggestions", path: "/api/search?countryCode=ng&q=%00", status: [400] },
  { name: "overlong UTF-8 in search suggestions", path: "/api/search?countryCode=ng&q=%C0%AF", status: [400] },
  { name: "NUL in a country switch", path: "/api/country?to=%00", status: [400] },
  { name: "line break in a country switch's return path", path: "/api/country?to=ng&from=/x%0D%0ASet-Cookie:%20a=b", status: [400] },
  { name: "NUL in an RSVP state", path: "/api/events/%00/rsvp", status: [400] },
  { name: "NUL in a certificate download", path: "/api/courses/certificate/%00", status: [400] },
  { name: "NUL in Paystack's return", path: "/checkout/paystack?reference=%00", status: [400] },
  { name: "NUL in a preview path", path: "/api/preview?secret=x&path=%00", status: [400] },
  { name: "revalidation with malformed JSON", method: "POST", path: "/api/revalidate", text: "{tags:", headers: { "content-type": "application/json" }, status: [400, 401] },
  { name: "revalidation with a 5 MB body", method: "POST", path: "/api/revalidate", json: { tags: ["x".repeat(BIG)] }, status: [401, 413] },
  // Server actions: forged action ids and garbage bodies.
  { name: "server action that does not exist", method: "POST", path: "/ng", headers: { "next-action": "0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8" }, text: "[]" },
  { name: "server action id with a NUL", method: "POST", path: "/ng", headers: { "next-action": "ab%00cd", "content-type": "text/plain;charset=UTF-8" }, text: "[]" },
  { name: "form post with a garbage action field", method: "POST", path: "/ng", multipart: { "$ACTION_ID_zzz": "", email: `a${NUL}@example.com` } },
  // Cookies with garbage: the cart and session cookies are sent on to commerce.
  { name: "NUL-like garbage in the cart cookie", path: "/api/session", headers: { cookie: "shop_cart=cart_%00%ff; shop_session=not.a.jwt" }, status: [200] },
  // Path traversal in Next's own routes.
  { name: "traversal under /_next/static", path: "/_next/static/..%2F..%2Fpackage.json", leaks: REPO_FILES },
  { name: "double-encoded traversal under /_next/static", path: "/_next/static/%252e%252e%252fpackage.json", leaks: REPO_FILES },
  { name: "traversal through the image optimiser", path: "/_next/image?url=%2F..%2F..%2Fpackage.json&w=64&q=75", leaks: REPO_FILES },
  { name: "image optimiser asked for another host", path: "/_next/image?url=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data&w=64&q=75" },
  // Odd Unicode.
  ...ODD_UNICODE.map((text) => ({ name: `odd Unicode in a search: ${JSON.stringify(text)}`, path: `/api/search?countryCode=ng&q=${enc(text)}`, status: [200] })),
  ...ODD_UNICODE.map((text) => ({ name: `odd Unicode as a book handle: ${JSON.stringify(text)}`, path: `/ng/products/${enc(text)}`, status: [404] })),
  { name: "raw overlong UTF-8 byte in a URL", raw: Buffer.from("/ng/search?q=\xc0\xaf", "latin1") },
].map((entry) => ({ app: "storefront", ...entry }))

/** Every entry, commerce first (the cms and storefront depend on it being up). */
export const corpus = [...commerce, ...cms, ...storefront]

/** Where each app says it is healthy: checked before and after the corpus. */
export const HEALTH = { commerce: "/health", cms: "/api/health", storefront: "/api/health" }
