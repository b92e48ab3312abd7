import { Button, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { slugFromName, slugShapeProblem } from "../../../modules/community/lib/category-slug"
import type { GroupValues } from "../../lib/community-groups-api"
import { FieldError } from "./field-error"

type Props = {
  idPrefix: string
  initial?: GroupValues
  submitLabel: string
  /** Saves the values; a refusal's message is shown under the form. */
  onSubmit: (values: GroupValues) => Promise<void>
  onCancel?: () => void
}

const EMPTY: GroupValues = { name: "", slug: "", description: "", image_url: "", visibility: "public" }

const problemsOf = (v: GroupValues) => ({
  name: !v.name.trim() ? "Give the group a name." : v.name.trim().length < 2 ? "The name must be at least 2 characters." : v.name.trim().length > 60 ? "The name must be at most 60 characters." : null,
  slug: slugShapeProblem(v.slug),
  description: v.description.length > 2000 ? "The description must be at most 2000 characters." : null,
  image_url: v.image_url.trim() && !/^https:\/\/\S+$/.test(v.image_url.trim()) ? "The image must be an https:// address." : null,
})

/** A group's name, web address, description (Markdown, sanitised), image and who may join; a new group's address follows its name until staff change it. */
export const GroupForm = ({ idPrefix, initial, submitLabel, onSubmit, onCancel }: Props) => {
  const [values, setValues] = useState<GroupValues>(initial ?? EMPTY)
  const [slugTouched, setSlugTouched] = useState(!!initial)
  const [problems, setProblems] = useState<Partial<Record<keyof GroupValues | "form", string | null>>>({})
  const [saving, setSaving] = useState(false)
  const id = (field: string) => `${idPrefix}-${field}`
  const set = (change: Partial<GroupValues>) => setValues((v) => ({ ...v, ...change }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = problemsOf(values)
    setProblems(found)
    if (Object.values(found).some(Boolean)) return
    setSaving(true)
    try {
      await onSubmit({ ...values, name: values.name.trim(), description: values.description.trim(), image_url: values.image_url.trim() })
      if (!initial) {
        setValues(EMPTY)
        setSlugTouched(false)
      }
    } catch (e) {
      setProblems({ form: (e as Error).message })
    } finally {
      setSaving(false)
    }
  }
  const field = (name: keyof GroupValues) => ({ "aria-invalid": !!problems[name], "aria-describedby": problems[name] ? id(`${name}-error`) : undefined })

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 md:grid-cols-[1fr_1fr] md:items-start">
      <div>
        <Label htmlFor={id("name")}>Name</Label>
        <Input id={id("name")} value={values.name} onChange={(e) => set({ name: e.target.value, ...(slugTouched ? {} : { slug: slugFromName(e.target.value) }) })} {...field("name")} />
        <FieldError id={id("name-error")} message={problems.name} />
      </div>
      <div>
        <Label htmlFor={id("slug")}>Web address</Label>
        <Input
          id={id("slug")}
          value={values.slug}
          onChange={(e) => {
            setSlugTouched(true)
            set({ slug: e.target.value })
          }}
          {...field("slug")}
        />
        <Text size="xsmall" className="text-ui-fg-subtle">
          /community/groups/{values.slug || "…"}
        </Text>
        <FieldError id={id("slug-error")} message={problems.slug} />
      </div>
      <div>
        <Label htmlFor={id("visibility")}>Who may join</Label>
        <Select value={values.visibility} onValueChange={(v) => set({ visibility: v as GroupValues["visibility"] })}>
          <Select.Trigger id={id("visibility")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="public">Public: anyone joins, everyone reads</Select.Item>
            <Select.Item value="private">Private: by request or invitation, members read</Select.Item>
          </Select.Content>
        </Select>
      </div>
      <div>
        <Label htmlFor={id("image_url")}>Image address (optional)</Label>
        <Input id={id("image_url")} value={values.image_url} placeholder="https://…" onChange={(e) => set({ image_url: e.target.value })} {...field("image_url")} />
        <FieldError id={id("image_url-error")} message={problems.image_url} />
      </div>
      <div className="md:col-span-2">
        <Label htmlFor={id("description")}>Description (optional, Markdown)</Label>
        <Textarea id={id("description")} rows={3} value={values.description} onChange={(e) => set({ description: e.target.value })} {...field("description")} />
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
