import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const CODE = /^[A-Z2-9]{16}$/

type CertificateRow = { code: string; learner_name: string; course_title: string; issued_at: Date | string; enrollment?: { status: string } | null }

/**
 * Public verification: a certificate's learner, course and date, and nothing
 * else. A certificate whose enrollment was revoked (the course refunded or
 * the order cancelled) no longer stands: 410, naming only its code.
 */
export async function GET(req: MedusaRequest<unknown, { code: string }>, res: MedusaResponse) {
  const code = req.params.code.toUpperCase()
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `No certificate with code ${req.params.code}`)
  if (!CODE.test(code)) throw notFound
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ["code", "learner_name", "course_title", "issued_at", "enrollment.status"],
    filters: { code },
  })
  const certificate = data[0] as CertificateRow | undefined
  if (!certificate) throw notFound
  if (certificate.enrollment?.status === "revoked") {
    return res.status(410).json({ message: `Certificate ${certificate.code} was revoked`, certificate: { code: certificate.code, revoked: true } })
  }
  res.json({
    certificate: {
      code: certificate.code,
      learner_name: certificate.learner_name,
      course_title: certificate.course_title,
      issued_at: certificate.issued_at,
    },
  })
}
