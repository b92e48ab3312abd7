import Link from "next/link"

export default function NotFound() {
  return (
    <main className="container">
      <h1>Page not found</h1>
      <p>We could not find that page. It may have moved, or the link may be wrong.</p>
      <p>
        <Link href="/">Back to the shop</Link>
      </p>
    </main>
  )
}
