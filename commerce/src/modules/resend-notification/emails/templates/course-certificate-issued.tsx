/** @jsxImportSource ../jsx */
import { Link, Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, mutedStyle, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** course-certificate-issued: the learner finished a course. */
export const courseCertificateIssuedEmail = defineEmail({
  schema: z.object({
    learner_name: z.string(),
    course_title: z.string(),
    code: z.string(),
    verification_url: z.string().url(),
    certificates_url: z.string().url(),
  }),
  subject: (data) => `Your certificate for ${data.course_title}`,
  Email: (data) => (
    <EmailLayout preview="You finished the course" heading={`Congratulations, ${data.learner_name}`}>
      <Text style={textStyle}>You completed every lesson of {data.course_title}. Your certificate is ready to download.</Text>
      <ActionButton href={data.certificates_url}>Download your certificate</ActionButton>
      <Text style={mutedStyle}>
        Certificate {data.code}. Anyone can check it at <Link href={data.verification_url}>{data.verification_url}</Link>.
      </Text>
    </EmailLayout>
  ),
})
