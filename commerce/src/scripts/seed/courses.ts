import type { ExecArgs } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"
import { createCourseWorkflow } from "../../workflows/courses/admin/create-course"
import { changeCourseOutlineWorkflow } from "../../workflows/courses/admin/change-course-outline"
import type { StoreSetup } from "./store"

type Container = ExecArgs["container"]

export const DEMO_COURSE = {
  title: "Write Your First Book",
  handle: "write-your-first-book",
  product_handle: "course-write-your-first-book",
  description:
    "A six-week course from idea to finished draft: find the book only you can write, outline it honestly, and build the daily habit that gets it done.",
  level: "beginner" as const,
  ngn: 45000,
  usd: 59,
  sections: [
    {
      title: "Finding your book",
      lessons: [
        { title: "Welcome, and how this course works", kind: "video" as const, video_url: "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", duration_minutes: 6, is_free_preview: true, body: "Meet your teacher and see the road from a blank page to a finished first draft." },
        { title: "The book only you can write", kind: "text" as const, duration_minutes: 12, is_free_preview: true, body: "List the three questions readers keep asking you.\n\nThe one you answer with the most stories is your book." },
      ],
    },
    {
      title: "Drafting every day",
      lessons: [
        { title: "An honest outline", kind: "text" as const, duration_minutes: 15, is_free_preview: false, body: "Write one sentence per chapter. If a chapter needs two sentences, it is two chapters." },
        { title: "Five hundred words before breakfast", kind: "text" as const, duration_minutes: 10, is_free_preview: false, body: "Small daily pages beat heroic weekends. Keep a tally on paper and never skip twice." },
      ],
    },
  ],
}

/**
 * The demo course, sold as a product with one no-shipping variant priced in
 * naira and dollars, with two sections of two lessons (two free previews).
 * Made once: a course with the demo handle is left as it is.
 */
export async function ensureDemoCourse(container: Container, setup: StoreSetup): Promise<boolean> {
  const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
  if ((await courses.listCourses({ handle: DEMO_COURSE.handle })).length) return false

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: `${DEMO_COURSE.title} (online course)`,
          handle: DEMO_COURSE.product_handle,
          description: DEMO_COURSE.description,
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: setup.salesChannelId }],
          options: [{ title: "Access", values: ["Online course"] }],
          variants: [
            {
              title: "Online course",
              sku: "COURSE-WRITE-YOUR-FIRST-BOOK",
              options: { Access: "Online course" },
              manage_inventory: false,
              prices: [
                { currency_code: "ngn", amount: DEMO_COURSE.ngn },
                { currency_code: "usd", amount: DEMO_COURSE.usd },
              ],
            },
          ],
        },
      ],
    },
  })
  const { result: course } = await createCourseWorkflow(container).run({
    input: {
      title: DEMO_COURSE.title,
      handle: DEMO_COURSE.handle,
      description: DEMO_COURSE.description,
      level: DEMO_COURSE.level,
      status: "published",
      product_id: products[0].id,
    },
  })
  for (const section of DEMO_COURSE.sections) {
    const { result } = await changeCourseOutlineWorkflow(container).run({
      input: { course_id: course.id, change: { action: "create-section", data: { title: section.title } } },
    })
    for (const lesson of section.lessons) {
      await changeCourseOutlineWorkflow(container).run({
        input: { course_id: course.id, change: { action: "create-lesson", data: { ...lesson, section_id: result.id } } },
      })
    }
  }
  return true
}
