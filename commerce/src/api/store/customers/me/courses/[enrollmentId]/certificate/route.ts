import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { imagekitEnabled } from "../../../../../../../lib/env"

/**
 * The learner's certificate PDF, streamed from its private file (with
 * ImageKit, a redirect to a signed URL of it that expires). Only the
 * enrollment's own customer gets it: anyone else, like a missing one, is a
 * 404. Once the enrollment is revoked (refunded, cancelled) it is a 410.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { enrollmentId: string }>, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "enrollment",
    fields: ["id", "status", "certificate.code", "certificate.file_key"],
    filters: { id: req.params.enrollmentId, customer_id: req.auth_context.actor_id },
  })
  const enrollment = data[0] as { status: string; certificate?: { code: string; file_key: string | null } | null } | undefined
  if (enrollment?.status === "revoked" && enrollment.certificate) {
    return res.status(410).json({ message: "Your access to this course was revoked, and its certificate with it" })
  }
  const certificate = enrollment?.certificate
  if (!certificate?.file_key) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No certificate for enrollment ${req.params.enrollmentId} of yours`)
  }
  const files = req.scope.resolve(Modules.FILE)
  if (imagekitEnabled()) {
    // ImageKit serves the private file itself, through a URL signed to expire within minutes.
    const { url } = await files.retrieveFile(certificate.file_key)
    res.setHeader("Cache-Control", "private, no-store")
    return res.redirect(302, url)
  }
  const stream = await files.getDownloadStream(certificate.file_key)
  stream.once("error", (error) => {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Certificate file ${certificate.file_key} could not be read: ${error.message}`)
    if (res.headersSent) return void res.destroy(error)
    res.removeHeader("Content-Disposition")
    res.status(404).json({ message: "This certificate's file is missing: please contact us" })
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="certificate-${certificate.code}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.pipe(res)
}
