import { ArrowDownMini, ArrowUpMini, DotsSix } from "@medusajs/icons"
import { Badge, Button, IconButton, Prompt, Text } from "@medusajs/ui"
import { useState, type DragEvent } from "react"
import type { AdminCategory } from "../../lib/community-api"
import { CategoryForm, type CategoryValues } from "./category-form"

type Props = {
  category: AdminCategory
  position: number
  last: number
  onMove: (id: string, position: number) => void
  onSave: (id: string, values: CategoryValues) => Promise<void>
  onArchive: (id: string, archived: boolean) => void
  drag?: { onDragStart: (e: DragEvent) => void; onDrop: (e: DragEvent) => void }
}

/** One category: its place in the order (drag, or the arrows), an edit form on demand, and archive or bring back. */
export const CategoryRow = ({ category, position, last, onMove, onSave, onArchive, drag }: Props) => {
  const [editing, setEditing] = useState(false)
  const archived = !!category.archived_at
  const label = category.name
  return (
    <li
      className="flex flex-col gap-3 px-6 py-3"
      data-testid="community-category"
      draggable={!!drag && !editing}
      onDragStart={drag?.onDragStart}
      onDragOver={(e) => drag && e.preventDefault()}
      onDrop={drag?.onDrop}
    >
      <div className="flex flex-wrap items-center gap-3">
        {!archived && <DotsSix className="cursor-grab text-ui-fg-muted" aria-hidden />}
        <div className="min-w-0 flex-1">
          <Text weight="plus">
            {label}{" "}
            {archived && (
              <Badge size="2xsmall" color="grey">
                Archived
              </Badge>
            )}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            /community/{category.slug} · {category.discussion_count} discussion{category.discussion_count === 1 ? "" : "s"}
            {category.description ? ` · ${category.description}` : ""}
          </Text>
        </div>
        {!archived && (
          <>
            <IconButton size="small" variant="transparent" aria-label={`Move ${label} up`} disabled={position === 0} onClick={() => onMove(category.id, position - 1)}>
              <ArrowUpMini />
            </IconButton>
            <IconButton size="small" variant="transparent" aria-label={`Move ${label} down`} disabled={position === last} onClick={() => onMove(category.id, position + 1)}>
              <ArrowDownMini />
            </IconButton>
          </>
        )}
        <Button size="small" variant="secondary" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
          Edit
        </Button>
        {archived ? (
          <Button size="small" variant="secondary" onClick={() => onArchive(category.id, false)}>
            Bring back
          </Button>
        ) : (
          <Prompt>
            <Prompt.Trigger asChild>
              <Button size="small" variant="secondary">
                Archive
              </Button>
            </Prompt.Trigger>
            <Prompt.Content>
              <Prompt.Header>
                <Prompt.Title>Archive “{label}”?</Prompt.Title>
                <Prompt.Description>
                  It takes no new discussions and leaves the storefront's lists. Its {category.discussion_count} discussion(s) stay readable at their
                  addresses. You can bring it back later.
                </Prompt.Description>
              </Prompt.Header>
              <Prompt.Footer>
                <Prompt.Cancel>Cancel</Prompt.Cancel>
                <Prompt.Action onClick={() => onArchive(category.id, true)}>Archive</Prompt.Action>
              </Prompt.Footer>
            </Prompt.Content>
          </Prompt>
        )}
      </div>
      {editing && (
        <CategoryForm
          idPrefix={`edit-${category.id}`}
          initial={{ name: category.name, slug: category.slug, description: category.description ?? "" }}
          submitLabel="Save"
          onSubmit={async (values) => {
            await onSave(category.id, values)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  )
}
