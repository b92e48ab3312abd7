import { Button, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { categorySlugProblem, slugFromName } from "../../../modules/community/lib/category-slug"
import { FieldError } from "./field-error"

export type CategoryValues = { name: string; slug: string; description: string }
type Props = {
  idPrefix: string
  initial?: CategoryValues
  submitLabel: string
  /** Saves the values; a refusal's message is shown under the form. */
  onSubmit: (values: CategoryValues) => Promise<void>
  onCancel?: () => void
}

const nameProblem = (name: string) => {
  if (!name.trim()) return "Give the category a name."
  if (name.trim().length < 2) return "The name must be at least 2 characters."
  if (name.trim().length > 60) return "The name must be at most 60 characters."
  return null
}

/** A category's name, web address and description; a new category's address follows its name until staff change it. */
export const CategoryForm = ({ idPrefix, initial, submitLabel, onSubmit, onCancel }: Props) => {
  const [values, setValues] = useState<CategoryValues>(initial ?? { name: "", slug: "", description: "" })
  const [slugTouched, setSlugTouched] = useState(!!initial)
  const [problems, setProblems] = useState<Partial<Record<keyof CategoryValues | "form", string | null>>>({})
  const [saving, setSaving] = useState(false)
  const id = (field: string) => `${idPrefix}-${field}`

  const setName = (name: string) => setValues((v) => ({ ...v, name, slug: slugTouched ? v.slug : slugFromName(name) }))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = {
      name: nameProblem(values.name),
      slug: categorySlugProblem(values.slug),
      description: values.description.length > 500 ? "The description must be at most 500 characters." : null,
    }
    setProblems(found)
    if (Object.values(found).some(Boolean)) return
    setSaving(true)
    try {
      await onSubmit({ ...values, name: values.name.trim(), description: values.description.trim() })
      if (!initial) {
        setValues({ name: "", slug: "", description: "" })
        setSlugTouched(false)
      }
    } catch (e) {
      setProblems({ form: (e as Error).message })
    } finally {
      setSaving(false)
    }
  }
  const describedBy = (field: keyof CategoryValues) => (problems[field] ? id(`${field}-error`) : undefined)

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 md:grid-cols-[1fr_1fr] md:items-start">
      <div>
        <Label htmlFor={id("name")}>Name</Label>
        <Input id={id("name")} value={values.name} onChange={(e) => setName(e.target.value)} aria-invalid={!!problems.name} aria-describedby={describedBy("name")} />
        <FieldError id={id("name-error")} message={problems.name} />
      </div>
      <div>
        <Label htmlFor={id("slug")}>Web address</Label>
        <Input
          id={id("slug")}
          value={values.slug}
          onChange={(e) => {
            setSlugTouched(true)
            setValues((v) => ({ ...v, slug: e.target.value }))
          }}
          aria-invalid={!!problems.slug}
          aria-describedby={describedBy("slug") ?? id("slug-hint")}
        />
        <Text id={id("slug-hint")} size="xsmall" className="text-ui-fg-subtle">
          /community/{values.slug || "…"}{initial ? " — changing it breaks links to the old address" : ""}
        </Text>
        <FieldError id={id("slug-error")} message={problems.slug} />
      </div>
      <div className="md:col-span-2">
        <Label htmlFor={id("description")}>Description (optional)</Label>
        <Textarea
          id={id("description")}
          rows={2}
          value={values.description}
          onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
          aria-invalid={!!problems.description}
          aria-describedby={describedBy("description")}
        />
        <FieldError id={id("description-error")} message={problems.description} />
      </div>
      <div className="flex items-center gap-2 md:col-span-2">
        <Button type="submit" size="small" isLoading={saving}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" size="small" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <FieldError message={problems.form} />
      </div>
    </form>
  )
}
