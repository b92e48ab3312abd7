import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { verifyAttachmentDownloadToken } from "../../../lib/courses/attachments/download-token"
import { checkAttachmentAccess } from "../../../lib/courses/attachments/learner-access"
import { env, imagekitEnabled } from "../../../lib/env"
import { SignedLinkError } from "../../../lib/signed-links"

/** A header-safe download name; the full name in UTF-8 beside it. */
const disposition = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`

/**
 * Streams a lesson attachment to whoever holds a valid link (with ImageKit, a
 * redirect to a signed ImageKit URL that expires). Outside /store on purpose:
 * a browser opens it directly; the token, issued only to an enrolled learner,
 * is the credential. The enrollment is checked again, so a link stops
 * working once access is revoked (410) or the attachment is removed (404).
 */
export async function GET(req: MedusaRequest<unknown, { token: string }>, res: MedusaResponse) {
  let claim: ReturnType<typeof verifyAttachmentDownloadToken>
  try {
    claim = verifyAttachmentDownloadToken(req.params.token, env.EBOOK_URL_SECRET)
  } catch (error) {
    if (!(error instanceof SignedLinkError)) throw error
    return void res.status(error.status).json({ message: error.message })
  }
  const access = await checkAttachmentAccess(req.scope, { enrollment_id: claim.enrollmentId, attachment_id: claim.attachmentId })
  if (!access.ok) {
    const message = access.status === 404 ? "This file is not available any more: open the lesson for its current downloads" : access.message
    return void res.status(access.status).json({ message })
  }
  const { file_key: key, filename, mime_type } = access.attachment
  const files = req.scope.resolve(Modules.FILE)
  res.setHeader("Cache-Control", "private, no-store")
  if (imagekitEnabled()) {
    // ImageKit serves the private file itself, through a URL signed to expire within minutes.
    const { url } = await files.retrieveFile(key)
    return res.redirect(302, url)
  }
  const stream = await files.getDownloadStream(key)
  stream.once("error", (error) => {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Lesson attachment file ${key} could not be read: ${error.message}`)
    if (res.headersSent) return void res.destroy(error)
    res.removeHeader("Content-Disposition")
    res.removeHeader("Content-Type")
    res.status(404).json({ message: "This file is missing: please contact us" })
  })
  res.setHeader("Content-Type", mime_type)
  res.setHeader("Content-Disposition", disposition(filename))
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.pipe(res)
}
