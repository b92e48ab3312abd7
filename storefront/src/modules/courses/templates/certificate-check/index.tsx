import type { RevokedCertificate, VerifiedCertificate } from "@/lib/data/courses"
import { formatCertificateDate } from "@/lib/util/dates"
import Alert from "@/modules/common/components/alert"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"

/** The public answer to "is this certificate real?": only the name, the course and the date. */
export default function CertificateCheck({ certificate, code }: { certificate: VerifiedCertificate | RevokedCertificate | null; code: string }) {
  return (
    <PageContainer as="section" width="narrow" aria-labelledby="certificate-heading" data-testid="certificate-check">
      <PageHeader title="Certificate verification" headingId="certificate-heading" lead={`Code ${code}`} />
      {certificate && "revoked" in certificate ? (
        <Alert tone="error" live="none" testId="certificate-revoked">
          <p>
            <strong>Revoked.</strong> Certificate {certificate.code} was withdrawn with the learner&apos;s enrollment and no longer stands.
          </p>
        </Alert>
      ) : certificate ? (
        <Alert tone="success" live="none" testId="certificate-valid">
          <p>
            <strong>Valid.</strong> Certificate {certificate.code} was issued to <strong data-testid="certificate-name">{certificate.learner_name}</strong> for
            completing <strong data-testid="certificate-course">{certificate.course_title}</strong> on{" "}
            <span data-testid="certificate-date">{formatCertificateDate(certificate.issued_at)}</span>.
          </p>
        </Alert>
      ) : (
        <Alert tone="warning" live="none" testId="certificate-unknown">
          <p>No certificate has the code {code}. Check the code on the certificate and try again.</p>
        </Alert>
      )}
    </PageContainer>
  )
}
