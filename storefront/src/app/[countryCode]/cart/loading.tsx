/** Shown while the cart is read from commerce. */
export default function CartLoading() {
  return (
    <div className="container" aria-busy="true" aria-live="polite">
      <h1>Your cart</h1>
      <p className="visually-hidden">Loading your cart…</p>
      <div className="skeleton" style={{ height: "6rem", marginBottom: "1rem" }} />
      <div className="skeleton" style={{ height: "6rem" }} />
    </div>
  )
}
