import "./staff-alerts-env"

/** Staff alerts to named addresses (not every staff user), and no grace, so a payment made in the test is judged at once. */
export const STAFF_ALERT_EMAILS = ["author@books.example.com", "accounts@books.example.com"]
process.env.STAFF_ALERT_EMAILS = STAFF_ALERT_EMAILS.join(", ")
process.env.RECONCILIATION_GRACE_MINUTES = "0"
