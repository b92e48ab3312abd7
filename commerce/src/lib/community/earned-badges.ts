import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../modules/community"
import type { AutomaticBadgeKind } from "../../modules/community/models/badge"
import { HELPFUL_REPLIES_FOR_BADGE, type default as CommunityModuleService } from "../../modules/community/service"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"
import { callCms, cmsConfigured, CmsUnavailable } from "../cms-service"
import { isVerifiedBuyer } from "../reviews/verified-buyer"

type Member = { id: string; customer_id: string; joined_at: Date | string }

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/** Whether the member has met one automatic badge's condition, asked of the data (so a retried or late event decides the same). */
const conditions: Record<AutomaticBadgeKind, (container: MedusaContainer, member: Member) => Promise<boolean>> = {
  first_discussion: async (container, member) =>
    (await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).listCommunityDiscussions({ author_id: member.id }, { take: 1 })).length > 0,
  helpful_replier: async (container, member) =>
    (await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).helpfulReplyCount(member.id)) >= HELPFUL_REPLIES_FOR_BADGE,
  course_graduate: async (container, member) => {
    const enrollments = await container
      .resolve<CoursesModuleService>(COURSES_MODULE)
      .listEnrollments({ customer_id: member.customer_id } as never, { relations: ["certificate"], take: null })
    return enrollments.some((e) => !!(e as { certificate?: unknown }).certificate)
  },
  // A book is any product that is not a course, as for reviews; bought means what a verified review needs.
  verified_buyer: async (container, member) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["items.product.id", "items.product.title", "items.product.course.id"],
      filters: { customer_id: member.customer_id, status: { $nin: ["draft", "canceled", "archived"] } } as never,
    })
    type Product = { id: string; title: string; course?: { id: string } | null }
    const books = new Map<string, Product>()
    for (const order of orders as { items?: ({ product?: Product | null } | null)[] | null }[]) {
      for (const item of order.items ?? []) if (item?.product && !item.product.course) books.set(item.product.id, item.product)
    }
    for (const book of books.values()) {
      if (await isVerifiedBuyer(container, member.customer_id, { id: book.id, title: book.title, course_id: null })) return true
    }
    return false
  },
  // Attendance is kept by the cms (staff tick "Attended" on the RSVP); it tells commerce then, and is asked again when the reader joins.
  event_attendee: async (container, member) => {
    // A shop run without the cms has no events.
    if (!cmsConfigured()) return false
    try {
      const answer = await callCms<{ attended?: boolean }>("/api/reader-data/attended", {
        method: "POST",
        body: { customerId: member.customer_id },
        timeoutMs: 3000,
      })
      return answer?.attended === true
    } catch (error) {
      if (!(error instanceof CmsUnavailable)) throw error
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Event attendee badge for member ${member.id} not checked: ${error.message}`)
      return false
    }
  },
  one_year_member: async (_container, member) => Date.now() - new Date(member.joined_at).getTime() >= YEAR_MS,
}

/** Which of `kinds` the member has earned. */
export async function earnedBadges(container: MedusaContainer, member: Member, kinds: AutomaticBadgeKind[]) {
  const earned: AutomaticBadgeKind[] = []
  for (const kind of kinds) if (await conditions[kind](container, member)) earned.push(kind)
  return earned
}
