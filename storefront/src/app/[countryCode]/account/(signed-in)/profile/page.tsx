import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import ProfileForm from "@/modules/account/components/profile-form"

export const metadata: Metadata = { title: "Your profile" }

export default async function ProfilePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/account/profile`)
  return (
    <section aria-labelledby="profile-heading">
      <h1 id="profile-heading">Your profile</h1>
      <ProfileForm countryCode={countryCode} customer={customer} />
    </section>
  )
}
