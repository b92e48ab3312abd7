import { Button, Container, Heading, Input, Label, Select, Switch, Text, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { coursesApi, type AdminCourse } from "../../lib/courses-api"

/** Title, handle, description, level, the product it is sold as, and Publish. */
export const CourseDetailsForm = ({ course, onSaved }: { course: AdminCourse; onSaved: (course: AdminCourse) => void }) => {
  const [form, setForm] = useState({
    title: course.title,
    handle: course.handle,
    description: course.description ?? "",
    level: course.level,
    product_id: course.product?.id ?? "",
    published: course.status === "published",
  })
  const [message, setMessage] = useState<string | null>(null)

  const save = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const { course: saved } = await coursesApi<{ course: AdminCourse }>(`/${course.id}`, {
        method: "POST",
        body: {
          title: form.title,
          handle: form.handle,
          description: form.description || null,
          level: form.level,
          status: form.published ? "published" : "draft",
          product_id: form.product_id || null,
        },
      })
      setMessage("Saved.")
      onSaved(saved)
    } catch (e) {
      setMessage((e as Error).message)
    }
  }

  return (
    <Container>
      <form onSubmit={save} className="flex flex-col gap-3">
        <Heading level="h2">Details</Heading>
        <Label htmlFor="title">Title</Label>
        <Input id="title" value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        <Label htmlFor="handle">Handle</Label>
        <Input id="handle" value={form.handle} onChange={(e) => setForm({ ...form, handle: e.target.value })} />
        <Label htmlFor="description">Description</Label>
        <Textarea id="description" value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
        <Label>Level</Label>
        <Select value={form.level} onValueChange={(level) => setForm({ ...form, level: level as AdminCourse["level"] })}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {["beginner", "intermediate", "advanced"].map((level) => (
              <Select.Item key={level} value={level}>
                {level}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Label htmlFor="product">Sold as product (id)</Label>
        <Input id="product" value={form.product_id} placeholder="prod_…" onChange={(e) => setForm({ ...form, product_id: e.target.value })} />
        <div className="flex items-center gap-2">
          <Switch id="published" checked={form.published} onCheckedChange={(published) => setForm({ ...form, published })} />
          <Label htmlFor="published">Published on the storefront</Label>
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit">Save</Button>
          {message && <Text role="status">{message}</Text>}
        </div>
      </form>
    </Container>
  )
}
