import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CoursesModule from "../modules/courses"

/** The learner: a customer holds many enrollments, each belongs to one customer. */
export default defineLink({ linkable: CoursesModule.linkable.enrollment, isList: true }, CustomerModule.linkable.customer)
