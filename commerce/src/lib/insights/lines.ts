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
 * An order's items at its current version, one row per line: Medusa 2.21 can
 * write the same line twice for one version when two changes of the order
 * (a digital delivery and a refund, say) meet, which counted that order's
 * lines twice (seen on a loaded CI machine). The newest row of each line wins.
 */
export const CURRENT_ORDER_ITEMS = `(
    SELECT DISTINCT ON (x.item_id) x.* FROM order_item x
     WHERE x.order_id = o.id AND x.version = o.version AND x.deleted_at IS NULL
     ORDER BY x.item_id, x.updated_at DESC, x.id DESC)`

/**
 * The lines of the orders aliased `o` at their current version, each with
 * `quantity` and `amount`: unit price times quantity less the line's
 * discounts (shipping is the order's, not a line's).
 */
export const ORDER_LINES = `
  JOIN LATERAL ${CURRENT_ORDER_ITEMS} oi ON true
  JOIN order_line_item li ON li.id = oi.item_id
  LEFT JOIN (
    SELECT item_id, version, sum((raw_amount ->> 'value')::numeric) AS discount
      FROM order_line_item_adjustment WHERE deleted_at IS NULL GROUP BY item_id, version
  ) adj ON adj.item_id = li.id AND adj.version = oi.version`

export const LINE_UNIT_PRICE = `coalesce((oi.raw_unit_price ->> 'value')::numeric, (li.raw_unit_price ->> 'value')::numeric)`
export const LINE_AMOUNT = `(${LINE_UNIT_PRICE} * oi.quantity - coalesce(adj.discount, 0))`
