import Link from 'next/link'

export default function HomePage() {
  return (
    <main>
      <h1>Content management</h1>
      <p>This server holds the blog, events, pages and navigation that the storefront shows.</p>
      <p>
        <Link href="/admin">Open the admin panel</Link>
      </p>
    </main>
  )
}
