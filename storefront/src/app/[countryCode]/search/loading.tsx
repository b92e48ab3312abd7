/** Shown while search results load. */
export default function SearchLoading() {
  return (
    <div className="container" aria-busy="true" aria-label="Searching">
      <div className="skeleton skeleton-heading" />
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: 4 }, (_, i) => (
          <li key={i} className="skeleton skeleton-card" />
        ))}
      </ul>
    </div>
  )
}
