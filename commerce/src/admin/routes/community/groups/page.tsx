import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { CommunityNav } from "../../../components/community/community-nav"
import { FieldError } from "../../../components/community/field-error"
import { GroupForm } from "../../../components/community/group-form"
import { GroupRow } from "../../../components/community/group-row"
import { communityApi } from "../../../lib/community-api"
import type { AdminGroup, GroupValues } from "../../../lib/community-groups-api"

// Cleared fields are sent as null (cleared), never as "" (which the API would refuse for an image address).
const body = (v: GroupValues) => ({ ...v, description: v.description || null, image_url: v.image_url || null })

/** Interest groups: create, edit, archive and bring back; approve requests, invite members, choose each group's moderators. Every change is logged. */
const CommunityGroupsPage = () => {
  const [groups, setGroups] = useState<AdminGroup[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    communityApi<{ groups: AdminGroup[] }>("/groups").then((d) => setGroups(d.groups), (e: Error) => setError(e.message))
  }, [])
  useEffect(load, [load])

  const create = async (values: GroupValues) => {
    await communityApi("/groups", { method: "POST", body: body(values) })
    toast.success(`“${values.name}” created`)
    load()
  }
  const save = async (id: string, values: GroupValues) => {
    await communityApi(`/groups/${id}`, { method: "POST", body: body(values) })
    toast.success("Group saved")
    load()
  }
  const archive = async (id: string, archived: boolean) => {
    setError(null)
    try {
      await communityApi(`/groups/${id}/${archived ? "archive" : "unarchive"}`, { method: "POST", body: {} })
      toast.success(archived ? "Group archived" : "Group brought back")
    } catch (e) {
      setError((e as Error).message)
    } finally {
      load()
    }
  }

  return (
    <Container className="divide-y p-0">
      <CommunityNav lead="Interest groups: public ones anyone joins; private ones by request or invitation, read by their members only." />
      <section aria-labelledby="new-group" className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2" id="new-group">
          New group
        </Heading>
        <GroupForm idPrefix="new-group" submitLabel="Create group" onSubmit={create} />
      </section>
      <section aria-labelledby="group-list">
        <div className="px-6 py-4">
          <Heading level="h2" id="group-list">
            Groups
          </Heading>
          <FieldError message={error} />
        </div>
        <ul className="divide-y">
          {groups?.map((g) => (
            <GroupRow key={g.id} group={g} onSave={save} onArchive={archive} onChange={load} />
          ))}
        </ul>
        {groups && !groups.length && <Text className="px-6 py-4 text-ui-fg-subtle">No groups yet: create the first above.</Text>}
      </section>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Groups" })

export default CommunityGroupsPage
