import Link from "next/link"

export default function EmptyCart({ countryCode }: { countryCode: string }) {
  return (
    <div className="notice" data-testid="empty-cart">
      <p>Your cart is empty.</p>
      <p>
        <Link href={`/${countryCode}/store`}>Browse the books</Link>
      </p>
    </div>
  )
}
