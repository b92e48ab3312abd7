import { Badge, Button, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { communityApi, reasonProblem, type AdminBadge, type AdminMember } from "../../lib/community-api"
import { FieldError } from "./field-error"

/** One badge a member holds, and its revocation with a reason. */
const HeldBadge = ({ member, badge, onDone }: { member: AdminMember; badge: AdminBadge; onDone: (message: string) => void }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const fieldId = `revoke-${badge.id}`

  const revoke = async () => {
    const problem = reasonProblem(reason)
    setError(problem)
    if (problem) return
    setSaving(true)
    try {
      await communityApi(`/members/${member.id}/badges/${badge.id}/revoke`, { method: "POST", body: { reason } })
      setOpen(false)
      onDone(`“${badge.label}” revoked from ${member.display_name}`)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={(next) => (setOpen(next), setError(null))}>
      <Drawer.Trigger asChild>
        <button type="button" title={badge.note ?? `Earned ${new Date(badge.awarded_at).toLocaleDateString()}`} aria-label={`${badge.label}: revoke`}>
          <Badge size="2xsmall" color={badge.kind === "staff_award" ? "purple" : "grey"}>
            {badge.label} ×
          </Badge>
        </button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            Revoke “{badge.label}” from {member.display_name}
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text>
            {badge.kind === "staff_award"
              ? `Awarded by staff${badge.note ? `: ${badge.note}` : ""}.`
              : "Earned automatically. Once revoked it is not awarded again."}
          </Text>
          <div>
            <Label htmlFor={fieldId}>Reason (kept in the moderation log)</Label>
            <Textarea id={fieldId} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={!!error} aria-describedby={error ? `${fieldId}-error` : undefined} />
            <FieldError id={`${fieldId}-error`} message={error} />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Cancel</Button>
          </Drawer.Close>
          <Button variant="danger" isLoading={saving} onClick={revoke}>
            Revoke
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** The member's badges (each revocable) and the button to award one. */
export const MemberBadges = ({ member, onDone }: { member: AdminMember; onDone: (message: string) => void }) => (
  <div className="flex flex-wrap items-center gap-1" data-testid="community-member-badges">
    {member.badges.map((badge) => (
      <HeldBadge key={badge.id} member={member} badge={badge} onDone={onDone} />
    ))}
    {!member.badges.length && <Text size="small" className="text-ui-fg-subtle">None</Text>}
  </div>
)
