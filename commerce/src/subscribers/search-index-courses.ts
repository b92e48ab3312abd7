import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { indexCourses } from "../lib/search/commerce-documents"
import { COURSE_CHANGED } from "../workflows/courses/events"

/** A course was created or edited: the search index follows it (a draft leaves). */
export default async function searchIndexCourses({ event, container }: SubscriberArgs<{ id: string }>) {
  await indexCourses(container, [event.data.id])
}

export const config: SubscriberConfig = { event: COURSE_CHANGED }
