import type { Metadata } from "next"
import { retrieveDeletionConfirmation } from "@/lib/data/account-security"
import { requireCustomer } from "@/lib/data/customer"
import { retrieveEmailVerification } from "@/lib/data/email-verification"
import { retrieveMarketingPreference } from "@/lib/data/marketing"
import { EmailVerificationStatus } from "@/modules/account/components/email-verification"
import MarketingForm from "@/modules/account/components/marketing-form"
import ProfileForm from "@/modules/account/components/profile-form"
import DownloadData from "@/modules/account/components/download-data"
import DeleteAccountForm from "@/modules/account/components/delete-account-form"
import ChangePasswordForm from "@/modules/account/components/change-password-form"
import SignOutEverywhereForm from "@/modules/account/components/sign-out-everywhere-form"

export const metadata: Metadata = { title: "Your profile" }

export default async function ProfilePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/account/profile`)
  // Without an answer from commerce the email choice is left out, never shown unticked (saving would undo an opt-out).
  // Without an answer, deletion asks for the password; commerce says so if the account has none.
  const [marketing, emailVerification, deletionConfirmedBy] = await Promise.all([
    retrieveMarketingPreference().catch(() => null),
    retrieveEmailVerification().catch(() => null),
    retrieveDeletionConfirmation().catch(() => "password" as const),
  ])
  return (
    <section aria-labelledby="profile-heading">
      <h1 id="profile-heading">Your profile</h1>
      {emailVerification ? (
        <section aria-labelledby="email-heading">
          <h2 id="email-heading">Email address</h2>
          <EmailVerificationStatus state={emailVerification} countryCode={countryCode} />
        </section>
      ) : null}
      <ProfileForm countryCode={countryCode} customer={customer} />
      {marketing ? <MarketingForm countryCode={countryCode} optOut={marketing.opt_out} /> : null}
      {/* An account made by Google sign-in has no password to change. */}
      {deletionConfirmedBy === "password" ? <ChangePasswordForm countryCode={countryCode} /> : null}
      <SignOutEverywhereForm countryCode={countryCode} />
      <DownloadData />
      <DeleteAccountForm countryCode={countryCode} confirmBy={deletionConfirmedBy} />
    </section>
  )
}
