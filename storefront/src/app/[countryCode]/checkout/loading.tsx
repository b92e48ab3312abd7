/** Shown while the cart and delivery options are read from commerce. */
export default function CheckoutLoading() {
  return (
    <div className="container" aria-busy="true" aria-live="polite">
      <h1>Checkout</h1>
      <p className="visually-hidden">Loading your checkout…</p>
      <div className="skeleton" style={{ height: "8rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "4rem" }} />
    </div>
  )
}
