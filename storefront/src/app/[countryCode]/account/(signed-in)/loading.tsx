import Skeleton from "@/modules/common/components/skeleton"

// Below the signed-in layout, so its session check can still answer with a real
// redirect before anything streams.
/** Shown while account data is read from commerce. */
export default function AccountLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading your account…</p>
      <Skeleton shape="heading" as="div" />
      <Skeleton shape="block" height="10rem" as="div" />
    </div>
  )
}
