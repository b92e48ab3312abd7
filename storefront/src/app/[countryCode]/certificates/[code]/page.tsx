import type { Metadata } from "next"
import { verifyCertificate } from "@/lib/data/courses"
import CertificateCheck from "@/modules/courses/templates/certificate-check"

export const metadata: Metadata = { title: "Certificate verification", robots: { index: false } }

/** Anyone holding a certificate's code can check it here. */
export default async function CertificatePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  return <CertificateCheck certificate={await verifyCertificate(code)} code={code} />
}
