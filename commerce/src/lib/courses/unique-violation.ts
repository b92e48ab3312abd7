import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa reports a unique index violation as INVALID_DATA "… already
 * exists."; the course workflows treat that one as "someone else made it
 * first" and everything else as a failure.
 */
export const isUniqueViolation = (error: unknown) =>
  MedusaError.isMedusaError(error) &&
  (error as MedusaError).type === MedusaError.Types.INVALID_DATA &&
  /already exists/.test((error as MedusaError).message)
