import { Module } from "@medusajs/framework/utils"
import CoursesModuleService from "./service"

export const COURSES_MODULE = "courses"

export default Module(COURSES_MODULE, { service: CoursesModuleService })
