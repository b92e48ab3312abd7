import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveCurrentCustomer } from "@/lib/data/customer"
import RegisterForm from "@/modules/account/components/register-form"

export const metadata: Metadata = { title: "Create an account" }

export default async function RegisterPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  if (await retrieveCurrentCustomer()) redirect(`/${countryCode}/account`)
  return (
    <section aria-labelledby="register-heading">
      <h1 id="register-heading">Create an account</h1>
      <RegisterForm countryCode={countryCode} />
      <p>
        Already have an account? <Link href={`/${countryCode}/account/login`}>Sign in</Link>
      </p>
    </section>
  )
}
