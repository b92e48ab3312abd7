/** Shown on a client-side visit to a page not yet in the browser's cache. */
export default function Loading() {
  return (
    <div className="container" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading…
      </p>
      <div className="skeleton skeleton-heading" />
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: 8 }, (_, i) => (
          <li key={i} className="skeleton skeleton-card" />
        ))}
      </ul>
    </div>
  )
}
