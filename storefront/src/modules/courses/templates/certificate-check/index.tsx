import type { VerifiedCertificate } from "@/lib/data/courses"

const longDate = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })

/** The public answer to "is this certificate real?": only the name, the course and the date. */
export default function CertificateCheck({ certificate, code }: { certificate: VerifiedCertificate | null; code: string }) {
  return (
    <section aria-labelledby="certificate-heading" data-testid="certificate-check">
      <h1 id="certificate-heading">Certificate verification</h1>
      {certificate ? (
        <div className="notice" data-testid="certificate-valid">
          <p>
            <strong>Valid.</strong> Certificate {certificate.code} was issued to <strong data-testid="certificate-name">{certificate.learner_name}</strong>{" "}
            for completing <strong data-testid="certificate-course">{certificate.course_title}</strong> on <span data-testid="certificate-date">{longDate(certificate.issued_at)}</span>.
          </p>
        </div>
      ) : (
        <p className="notice" data-testid="certificate-unknown">
          No certificate has the code {code}. Check the code on the certificate and try again.
        </p>
      )}
    </section>
  )
}
