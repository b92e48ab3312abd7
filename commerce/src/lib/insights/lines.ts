/**
 * How an order line is read for the insights: what it sold for and in which
 * format. A book's format is its variant's "Format" option (staff set it in
 * the admin; the line's variant title stands in once the variant is gone); a
 * course is a product linked to a course (the courses module's link table).
 */
export const FORMATS = ["hardcover", "paperback", "ebook", "course"] as const
export type Format = (typeof FORMATS)[number] | "other"

/** Common table expressions the format of a line is read from. */
export const FORMAT_SOURCES = `
  variant_format AS (
    SELECT pvo.variant_id, lower(pov.value) AS format
      FROM product_variant_option pvo
      JOIN product_option_value pov ON pov.id = pvo.option_value_id AND pov.deleted_at IS NULL
      JOIN product_option po ON po.id = pov.option_id AND po.deleted_at IS NULL
     WHERE lower(po.title) = 'format'),
  course_product AS (
    SELECT product_id, min(course_id) AS course_id FROM courses_course_product_product WHERE deleted_at IS NULL GROUP BY product_id)`

/** Joins that give the line aliased `line` its format sources (aliases vf, cp). */
export const FORMAT_JOINS = (line: string) => `
  LEFT JOIN variant_format vf ON vf.variant_id = ${line}.variant_id
  LEFT JOIN course_product cp ON cp.product_id = ${line}.product_id`

export const LINE_FORMAT = (line: string) => `
  CASE WHEN cp.product_id IS NOT NULL THEN 'course'
       WHEN coalesce(vf.format, lower(${line}.variant_title)) IN ('hardcover', 'paperback', 'ebook')
         THEN coalesce(vf.format, lower(${line}.variant_title))
       ELSE 'other' END`

/**
 * The lines of the orders aliased `o` at their current version, each with
 * `quantity` and `amount`: unit price times quantity less the line's
 * discounts (shipping is the order's, not a line's).
 */
export const ORDER_LINES = `
  JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
  JOIN order_line_item li ON li.id = oi.item_id
  LEFT JOIN (
    SELECT item_id, version, sum((raw_amount ->> 'value')::numeric) AS discount
      FROM order_line_item_adjustment WHERE deleted_at IS NULL GROUP BY item_id, version
  ) adj ON adj.item_id = li.id AND adj.version = oi.version`

export const LINE_UNIT_PRICE = `coalesce((oi.raw_unit_price ->> 'value')::numeric, (li.raw_unit_price ->> 'value')::numeric)`
export const LINE_AMOUNT = `(${LINE_UNIT_PRICE} * oi.quantity - coalesce(adj.discount, 0))`
