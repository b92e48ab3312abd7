import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CoursesModule from "../modules/courses"

/** A course is sold as one product (with a no-shipping variant). */
export default defineLink(CoursesModule.linkable.course, ProductModule.linkable.product)
