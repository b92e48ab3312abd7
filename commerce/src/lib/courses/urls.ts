import { env } from "../env"

/** The public page where anyone can check a certificate by its code. */
export const certificateVerificationUrl = (code: string) => `${env.STOREFRONT_PUBLIC_URL}/certificates/${encodeURIComponent(code)}`

/** Where a learner opens a course they are enrolled in (the storefront's default country). */
export const learnUrl = (countryCode: string, handle: string) =>
  `${env.STOREFRONT_PUBLIC_URL}/${encodeURIComponent(countryCode)}/learn/${encodeURIComponent(handle)}`
