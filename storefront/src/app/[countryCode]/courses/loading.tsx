/** Shown while the courses are read from commerce. */
export default function CoursesLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading courses…</p>
      <div className="skeleton skeleton-heading" />
      <div className="skeleton" style={{ height: "10rem" }} />
    </div>
  )
}
