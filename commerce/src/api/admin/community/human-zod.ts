import { z } from "@medusajs/framework/zod"

/*
 * Medusa's validators rewrite zod's own messages for lengths and missing
 * fields ("Value for field 'name' too small, expected at least: '2'"), but
 * pass a custom issue's message through unchanged. These fields check with
 * custom issues, so what staff read is what is written here.
 */

/** Any value, checked by `problem` (null when fine). */
export const refined = (problem: (value: unknown) => string | null) =>
  z.unknown().superRefine((value, ctx) => {
    const message = problem(value)
    if (message) ctx.addIssue({ code: "custom", message })
  })

const lengthProblem = (label: string, text: string, min: number, max: number) => {
  if (text.length < min) return `${label} must be at least ${min} characters`
  if (text.length > max) return `${label} must be at most ${max} characters`
  return null
}

/** Required text, trimmed; `required` says what to do when it is missing or blank. */
export const humanText = (label: string, { min, max, required }: { min: number; max: number; required: string }) =>
  refined((value) => {
    if (value === undefined || value === null || (typeof value === "string" && !value.trim())) return required
    if (typeof value !== "string") return `${label} must be text`
    return lengthProblem(label, value.trim(), min, max)
  }).transform((value) => (typeof value === "string" ? value.trim() : ""))

/** Optional text, trimmed; blank or null clears it (null). */
export const optionalHumanText = (label: string, max: number) =>
  refined((value) => {
    if (value === undefined || value === null) return null
    if (typeof value !== "string") return `${label} must be text`
    return lengthProblem(label, value.trim(), 0, max)
  })
    .transform((value) => (typeof value === "string" && value.trim() ? value.trim() : value === undefined ? undefined : null))
    .optional()
