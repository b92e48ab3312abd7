import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isUniqueViolation } from "../../../lib/courses/unique-violation"
import { COURSES_MODULE } from "../../../modules/courses"
import type CoursesModuleService from "../../../modules/courses/service"
import type { LearnerEnrollment } from "./load-learner-enrollment"

export const issueCertificateStepId = "issue-course-certificate"

export type IssuedCertificate = { id: string; code: string; learner_name: string; course_title: string; issued_at: Date; file_key: string | null }

/** 16 characters from an unguessable 80 bits, without look-alike letters. */
export function certificateCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join("")
}

/**
 * The enrollment's certificate, made once: a second run (or a concurrent
 * one, stopped by the unique index on enrollment_id) answers the one that
 * exists. Compensation deletes only a certificate this run made.
 */
export const issueCertificateStep = createStep(
  issueCertificateStepId,
  async (enrollment: LearnerEnrollment, { container }) => {
    const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
    const existing = async () => (await courses.listCertificates({ enrollment_id: enrollment.id }))[0]
    const found = await existing()
    if (found) return new StepResponse(found as IssuedCertificate, null)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["first_name", "last_name", "email"],
      filters: { id: enrollment.customer_id },
    })
    const customer = customers[0]
    const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ").trim() || customer?.email || "Learner"
    try {
      const certificate = await courses.createCertificates({
        enrollment_id: enrollment.id,
        code: certificateCode(),
        learner_name: name,
        course_title: enrollment.course.title,
        issued_at: new Date(),
      })
      return new StepResponse(certificate as IssuedCertificate, certificate.id)
    } catch (error) {
      const concurrent = isUniqueViolation(error) ? await existing() : undefined
      if (!concurrent) throw error
      return new StepResponse(concurrent as IssuedCertificate, null)
    }
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<CoursesModuleService>(COURSES_MODULE).deleteCertificates(createdId)
  }
)
