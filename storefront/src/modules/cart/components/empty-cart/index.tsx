import { ButtonLink } from "@/modules/common/components/button"
import EmptyState from "@/modules/common/components/empty-state"

export default function EmptyCart({ countryCode }: { countryCode: string }) {
  return (
    <EmptyState title="Your cart is empty" testId="empty-cart" action={<ButtonLink href={`/${countryCode}/store`}>Browse the books</ButtonLink>}>
      Books, ebooks and courses you add will wait for you here.
    </EmptyState>
  )
}
