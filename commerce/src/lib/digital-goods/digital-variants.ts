import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isEbookVariant } from "../ebooks/format"

/** A variant delivered online: a book's ebook format, or the variant a course is sold as. */
export type DigitalVariant = {
  id: string
  kind: "ebook" | "course"
  /** The book's or the course's title, for sentences shown to the shopper. */
  title: string
  course_id: string | null
}

type VariantRow = {
  id: string
  options?: ({ value?: string | null; option?: { title?: string | null } | null } | null)[] | null
  product?: { title?: string | null; course?: { id: string; title: string } | null } | null
}

/** The Query fields `digitalVariant` reads. */
export const DIGITAL_VARIANT_FIELDS = ["id", "options.value", "options.option.title", "product.title", "product.course.id", "product.course.title"]

/** What a variant is when it is delivered online; null for anything that ships. */
export function digitalVariant(row: VariantRow): DigitalVariant | null {
  const course = row.product?.course
  if (course) return { id: row.id, kind: "course", title: course.title, course_id: course.id }
  if (isEbookVariant(row)) return { id: row.id, kind: "ebook", title: row.product?.title ?? "this book", course_id: null }
  return null
}

/** The digital ones among `variantIds`, by id, in one query. */
export async function loadDigitalVariants(scope: MedusaContainer, variantIds: string[]): Promise<Map<string, DigitalVariant>> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: DIGITAL_VARIANT_FIELDS,
    filters: { id: ids },
  })
  const found = (data as unknown as VariantRow[]).map(digitalVariant).filter((v): v is DigitalVariant => v !== null)
  return new Map(found.map((v) => [v.id, v]))
}
