import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { coursesApi } from "../lib/courses-api"

type LinkedCourse = { id: string; title: string; handle: string; status: string }

/** On a product's page: the course it sells, if any. */
const ProductCourseWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [course, setCourse] = useState<LinkedCourse | null | undefined>(undefined)
  useEffect(() => {
    coursesApi<{ courses: LinkedCourse[] }>(`?product_id=${encodeURIComponent(product.id)}`).then(
      (d) => setCourse(d.courses[0] ?? null),
      () => setCourse(null)
    )
  }, [product.id])
  if (course === undefined) return null
  return (
    <Container className="flex flex-col gap-2">
      <Heading level="h2">Course</Heading>
      {course ? (
        <Text>
          Sells <Link to={`/courses/${course.id}`}>{course.title}</Link> <Badge size="2xsmall">{course.status}</Badge>
        </Text>
      ) : (
        <Text className="text-ui-fg-subtle">This product sells no course. Link one from Courses.</Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductCourseWidget
