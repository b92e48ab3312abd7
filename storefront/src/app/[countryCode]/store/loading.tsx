/** Shown while a listing that is not cached yet renders. */
export default function StoreLoading() {
  return (
    <div className="container" aria-busy="true" aria-label="Loading books">
      <div className="skeleton skeleton-heading" />
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <li key={i} className="skeleton skeleton-card" />
        ))}
      </ul>
    </div>
  )
}
