import type { ReactElement } from "react"
import type { z } from "zod"

/** One email: the data it needs (checked before rendering), its subject and its body. */
export type EmailDefinition<S extends z.ZodTypeAny = z.ZodTypeAny> = {
  schema: S
  subject: (data: z.output<S>) => string
  Email: (data: z.output<S>) => ReactElement
}

export const defineEmail = <S extends z.ZodTypeAny>(definition: EmailDefinition<S>) => definition
