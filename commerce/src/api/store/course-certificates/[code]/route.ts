import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COURSES_MODULE } from "../../../../modules/courses"
import type CoursesModuleService from "../../../../modules/courses/service"

const CODE = /^[A-Z2-9]{16}$/

/** Public verification: a certificate's learner, course and date, and nothing else. */
export async function GET(req: MedusaRequest<unknown, { code: string }>, res: MedusaResponse) {
  const code = req.params.code.toUpperCase()
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `No certificate with code ${req.params.code}`)
  if (!CODE.test(code)) throw notFound
  const [certificate] = await req.scope.resolve<CoursesModuleService>(COURSES_MODULE).listCertificates({ code }, { take: 1 })
  if (!certificate) throw notFound
  res.json({
    certificate: {
      code: certificate.code,
      learner_name: certificate.learner_name,
      course_title: certificate.course_title,
      issued_at: certificate.issued_at,
    },
  })
}
