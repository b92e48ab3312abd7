import { Button, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { communityApi, reasonProblem, type AdminMember } from "../../lib/community-api"
import { FieldError } from "./field-error"

export type MemberAction = "suspend" | "reinstate" | "promote" | "demote"

const WORDS: Record<MemberAction, { button: string; title: (name: string) => string; effect: string }> = {
  suspend: { button: "Suspend", title: (n) => `Suspend ${n}`, effect: "They can still read, but cannot post, reply, react or report until restored." },
  reinstate: { button: "Restore", title: (n) => `Restore ${n}`, effect: "They can post, reply, react and report again." },
  promote: { button: "Make moderator", title: (n) => `Make ${n} a moderator`, effect: "They can hide and restore posts from the storefront; each time is logged." },
  demote: { button: "Remove moderator", title: (n) => `Remove ${n} as moderator`, effect: "They become an ordinary member again." },
}

/** One action on a member, in a drawer that asks for the reason the log keeps. */
export const MemberActionButton = ({ member, action, onDone }: { member: AdminMember; action: MemberAction; onDone: (message: string) => void }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const words = WORDS[action]
  const fieldId = `reason-${action}-${member.id}`

  const confirm = async () => {
    const problem = reasonProblem(reason)
    setError(problem)
    if (problem) return
    setSaving(true)
    try {
      await communityApi("/moderation", { method: "POST", body: { action, target_type: "member", target_id: member.id, reason } })
      setOpen(false)
      setReason("")
      onDone(`${words.title(member.display_name)}: done`)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={(next) => (setOpen(next), setError(null))}>
      <Drawer.Trigger asChild>
        <Button size="small" variant={action === "suspend" ? "danger" : "secondary"}>
          {words.button}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{words.title(member.display_name)}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text>{words.effect}</Text>
          <div>
            <Label htmlFor={fieldId}>Reason (kept in the moderation log)</Label>
            <Textarea
              id={fieldId}
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={!!error}
              aria-describedby={error ? `${fieldId}-error` : undefined}
            />
            <FieldError id={`${fieldId}-error`} message={error} />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Cancel</Button>
          </Drawer.Close>
          <Button variant={action === "suspend" ? "danger" : "primary"} isLoading={saving} onClick={confirm}>
            {words.button}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
