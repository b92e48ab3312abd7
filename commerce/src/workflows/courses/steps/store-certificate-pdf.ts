import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { renderCertificatePdf } from "../../../lib/courses/certificate-pdf"
import { certificateVerificationUrl } from "../../../lib/courses/urls"
import { siteSettings } from "../../../lib/site-settings"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { IssuedCertificate } from "./issue-certificate"

export const storeCertificatePdfStepId = "store-certificate-pdf"

/**
 * Renders the certificate's PDF, issued in the name the cms's site settings give,
 * into a private file (served only through the learner's own route) and keeps
 * its key. Compensation deletes the file.
 */
export const storeCertificatePdfStep = createStep(
  storeCertificatePdfStepId,
  async (certificate: IssuedCertificate, { container }) => {
    if (certificate.file_key) return new StepResponse(certificate.file_key, null)
    const brand = await siteSettings()
    const pdf = await renderCertificatePdf({
      learnerName: certificate.learner_name,
      courseTitle: certificate.course_title,
      issuedAt: new Date(certificate.issued_at),
      code: certificate.code,
      verificationUrl: certificateVerificationUrl(certificate.code),
      issuer: { name: brand.authorName, signatureLine: brand.certificateSignatureLine },
    })
    const file = await container.resolve(Modules.FILE).createFiles({
      filename: `certificate-${certificate.code}.pdf`,
      mimeType: "application/pdf",
      content: pdf.toString("base64"),
      access: "private",
    })
    await container.resolve<CoursesModuleService>(COURSES_MODULE).updateCertificates({ id: certificate.id, file_key: file.id })
    return new StepResponse(file.id, file.id)
  },
  async (fileId, { container }) => {
    if (!fileId) return
    await container.resolve(Modules.FILE).deleteFiles(fileId)
  }
)
