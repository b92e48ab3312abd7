/** @jsxImportSource ../jsx */
import { Text } from "@react-email/components"
import { z } from "zod"
import { ActionButton, EmailLayout, textStyle } from "../components/layout"
import { defineEmail } from "../define-email"
import { UnsubscribeNote } from "./marketing-footer"

/** idle-learner: a nudge to a learner who has not taken a lesson for a while (marketing: an opt-out stops it). */
export const idleLearnerEmail = defineEmail({
  schema: z.object({
    first_name: z.string().nullable().optional(),
    course_title: z.string(),
    lesson_title: z.string(),
    lesson_url: z.string().url(),
    unsubscribe_url: z.string().url(),
  }),
  subject: (data) => `Your next lesson in ${data.course_title} is waiting`,
  Email: (data) => (
    <EmailLayout preview={`Next up: ${data.lesson_title}`} heading={`Ready for the next lesson${data.first_name ? `, ${data.first_name}` : ""}?`}>
      <Text style={textStyle}>
        You have not opened {data.course_title} for a little while. Your place is kept: next up is “{data.lesson_title}”.
      </Text>
      <ActionButton href={data.lesson_url}>Open the next lesson</ActionButton>
      <UnsubscribeNote href={data.unsubscribe_url} />
    </EmailLayout>
  ),
})
