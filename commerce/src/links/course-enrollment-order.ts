import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CoursesModule from "../modules/courses"

/** The order that paid for an enrollment (one per course line of the order). */
export default defineLink({ linkable: CoursesModule.linkable.enrollment, isList: true }, OrderModule.linkable.order)
