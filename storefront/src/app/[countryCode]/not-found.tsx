import Link from "next/link"

/** A 404 inside the shop: an unknown book, or a country no region sells to. */
export default function ShopNotFound() {
  return (
    <div className="container">
      <h1>Not found</h1>
      <p>We could not find that page. The book may have been withdrawn, or the link may be wrong.</p>
      <p>
        <Link href="/">Browse all books</Link>
      </p>
    </div>
  )
}
