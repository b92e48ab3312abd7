/** Data shaped as the workflows send it (see src/lib/order-emails.ts and each workflow). */
export const order = {
  order_id: "order_01",
  display_id: 42,
  currency_code: "ngn",
  items: [
    { title: "The Quiet Harvest", variant: "Paperback", quantity: 2, unit_price: 12500 },
    { title: "Kitchen Notes", variant: null, quantity: 1, unit_price: 6500.5 },
  ],
  subtotal: 31500.5,
  shipping_total: 2000,
  discount_total: 0,
  tax_total: 0,
  total: 33500.5,
  order_url: "http://localhost:8000/ng/account/orders/order_01",
}

export const templateData: Record<string, Record<string, unknown>> = {
  "order-placed": {
    ...order,
    ebook_links: [{ title: "Kitchen Notes", url: "http://localhost:9000/ebooks/guest/tok", expires_at: "2027-01-04T00:00:00.000Z" }],
  },
  "order-shipped": {
    ...order,
    shipped_items: [{ title: "The Quiet Harvest", variant: "Paperback", quantity: 2 }],
    tracking: [{ number: "GIG-123", url: "https://track.example.com/GIG-123" }],
  },
  "refund-issued": { ...order, currency_code: "usd", total: 40, refund_amount: 12.5, refunded_total: 12.5 },
  "customer-password-reset": {
    email: "ada@example.com",
    reset_url: "http://localhost:8000/account/reset-password?token=abc&email=ada%40example.com",
  },
  "customer-welcome": { first_name: "Ada", account_url: "http://localhost:8000/account" },
  "customer-verify-email": { first_name: "Ada", email: "ada@example.com", verify_url: "http://localhost:8000/account/verify?token=abc.def" },
  "customer-delete-account": { first_name: "Ada", email: "ada@example.com", delete_url: "http://localhost:8000/account/delete/confirm?token=abc.def" },
  "course-enrolled": { course_title: "Writing Memoir", learn_url: "http://localhost:8000/ng/learn/writing-memoir", order_id: "order_01" },
  "course-certificate-issued": {
    learner_name: "Ada Obi",
    course_title: "Writing Memoir",
    code: "ABCD2345EFGH6789",
    verification_url: "http://localhost:8000/certificates/ABCD2345EFGH6789",
    certificates_url: "http://localhost:8000/account/courses",
  },
  "community-reply": {
    discussion_title: "Favourite chapter?",
    reply_author: "Bola",
    reply_html: '<p>Chapter <strong>three</strong>!</p><img src="x" onerror="alert(1)"><script>alert(2)</script>',
    discussion_url: "http://localhost:8000/ng/community/books/disc_1",
  },
  "community-notification": {
    text: "Bola mentioned you in “Favourite chapter?”",
    detail: null,
    url: "http://localhost:8000/ng/community/books/disc_1",
    settings_url: "http://localhost:8000/ng/community/me",
  },
  "community-digest": {
    items: [
      { text: "Bola mentioned you in “Favourite chapter?”", url: "http://localhost:8000/ng/community/books/disc_1" },
      { text: "You earned the badge “First discussion”", url: "http://localhost:8000/ng/community/me" },
    ],
    more: 0,
    notifications_url: "http://localhost:8000/ng/community/notifications",
    settings_url: "http://localhost:8000/ng/community/me",
  },
  "event-reminder": {
    name: "Ada",
    event_title: "Reading in Lagos",
    starts_at: "2026-12-12T17:00:00.000Z",
    time_zone: "Africa/Lagos",
    venue: "Freedom Park, Lagos Island",
    online_url: null,
    event_url: "http://localhost:8000/events/reading-in-lagos",
  },
}
