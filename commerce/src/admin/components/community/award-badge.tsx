import { Button, Drawer, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { communityApi, reasonProblem, type AdminMember } from "../../lib/community-api"
import { FieldError } from "./field-error"

/** Staff give a member a named badge, with the note the log keeps. */
export const AwardBadgeButton = ({ member, onDone }: { member: AdminMember; onDone: (message: string) => void }) => {
  const [open, setOpen] = useState(false)
  const [label, setLabel] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const id = `award-${member.id}`

  const award = async () => {
    const problem = label.trim().length < 2 ? "Name the badge (at least 2 characters)." : reasonProblem(note)
    setError(problem)
    if (problem) return
    setSaving(true)
    try {
      await communityApi(`/members/${member.id}/badges`, { method: "POST", body: { label, note } })
      setOpen(false)
      setLabel("")
      setNote("")
      onDone(`${member.display_name} now holds the badge “${label.trim()}”`)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={(next) => (setOpen(next), setError(null))}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Award badge
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Award {member.display_name} a badge</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text>The badge shows on their profile and beside their name in threads until it is revoked.</Text>
          <div>
            <Label htmlFor={`${id}-label`}>Badge name</Label>
            <Input id={`${id}-label`} value={label} maxLength={40} onChange={(e) => setLabel(e.target.value)} placeholder="Book club host" />
          </div>
          <div>
            <Label htmlFor={`${id}-note`}>Note (why they earn it; kept in the moderation log)</Label>
            <Textarea
              id={`${id}-note`}
              rows={3}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={!!error}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            <FieldError id={`${id}-error`} message={error} />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Cancel</Button>
          </Drawer.Close>
          <Button isLoading={saving} onClick={award}>
            Award badge
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
