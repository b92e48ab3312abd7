import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { CategoryForm, type CategoryValues } from "../../../components/community/category-form"
import { CategoryRow } from "../../../components/community/category-row"
import { CommunityNav } from "../../../components/community/community-nav"
import { FieldError } from "../../../components/community/field-error"
import { communityApi, type AdminCategory } from "../../../lib/community-api"

/** Categories: create, rename, describe, reorder (drag or arrows), archive and bring back. Every change is logged. */
const CommunityCategoriesPage = () => {
  const [categories, setCategories] = useState<AdminCategory[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const dragged = useRef<string | null>(null)
  const load = useCallback(() => {
    communityApi<{ categories: AdminCategory[] }>("/categories").then((d) => setCategories(d.categories), (e: Error) => setError(e.message))
  }, [])
  useEffect(load, [load])

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setError(null)
    try {
      await work()
      if (done) toast.success(done)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      load()
    }
  }
  const create = async (values: CategoryValues) => {
    await communityApi("/categories", { method: "POST", body: values })
    toast.success(`“${values.name}” created`)
    load()
  }
  const save = async (id: string, values: CategoryValues) => {
    await communityApi(`/categories/${id}`, { method: "POST", body: values })
    toast.success("Category saved")
    load()
  }
  const move = (id: string, position: number) => run(() => communityApi(`/categories/${id}/move`, { method: "POST", body: { position } }))
  const archive = (id: string, archived: boolean) =>
    run(() => communityApi(`/categories/${id}/${archived ? "archive" : "unarchive"}`, { method: "POST", body: {} }), archived ? "Category archived" : "Category brought back")

  const active = (categories ?? []).filter((c) => !c.archived_at)
  const archived = (categories ?? []).filter((c) => c.archived_at)
  const row = (c: AdminCategory, position: number, draggable: boolean) => (
    <CategoryRow
      key={c.id}
      category={c}
      position={position}
      last={active.length - 1}
      onMove={move}
      onSave={save}
      onArchive={archive}
      drag={
        draggable
          ? {
              onDragStart: () => (dragged.current = c.id),
              onDrop: () => dragged.current && dragged.current !== c.id && move(dragged.current, position),
            }
          : undefined
      }
    />
  )

  return (
    <Container className="divide-y p-0">
      <CommunityNav lead="The storefront lists the categories in this order. Archived ones take no new discussions." />
      <section aria-labelledby="new-category" className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2" id="new-category">
          New category
        </Heading>
        <CategoryForm idPrefix="new-category" submitLabel="Create category" onSubmit={create} />
      </section>
      <section aria-labelledby="category-order">
        <div className="px-6 py-4">
          <Heading level="h2" id="category-order">
            In use
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Drag a category, or use its arrows, to change the order.
          </Text>
          <FieldError message={error} />
        </div>
        <ol className="divide-y">{active.map((c, i) => row(c, i, true))}</ol>
        {categories && !active.length && <Text className="px-6 py-4 text-ui-fg-subtle">No categories yet: create the first above.</Text>}
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived-categories">
          <Heading level="h2" id="archived-categories" className="px-6 py-4">
            Archived
          </Heading>
          <ul className="divide-y">{archived.map((c) => row(c, -1, false))}</ul>
        </section>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Categories" })

export default CommunityCategoriesPage
