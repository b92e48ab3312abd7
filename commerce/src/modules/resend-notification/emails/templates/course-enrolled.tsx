/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"

/** course-enrolled: a course bought is ready to start. */
export const courseEnrolledEmail = defineEmail({
  schema: z.object({ course_title: z.string(), learn_url: z.string().url() }),
  subject: (data) => `You're enrolled in ${data.course_title}`,
  Email: (data) => (
    <EmailLayout preview={`${data.course_title} is ready for you`} heading={`You're enrolled in ${data.course_title}`}>
      <Text style={textStyle}>Your course is ready. Start with the first lesson whenever you like; we keep your place.</Text>
      <ActionButton href={data.learn_url}>Start learning</ActionButton>
    </EmailLayout>
  ),
})
