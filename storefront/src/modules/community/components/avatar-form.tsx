"use client"

import { useRouter } from "next/navigation"
import { useState, type FormEvent, type ReactNode } from "react"
import Alert from "@/modules/common/components/alert"
import { Button } from "@/modules/common/components/button"
import { Input } from "@/modules/common/components/field"
import styles from "./avatar-form.module.css"

type Outcome = { tone: "success" | "error"; text: string }

/**
 * The member's picture: upload one (PNG, JPEG, WebP or GIF; commerce checks
 * the content and crops it square) or remove it to show their initials.
 * `children` is the current avatar, rendered by the page.
 */
export default function AvatarForm({ hasAvatar, children }: { hasAvatar: boolean; children: ReactNode }) {
  const router = useRouter()
  const [pending, setPending] = useState<"upload" | "remove" | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  async function send(kind: "upload" | "remove", body?: FormData) {
    setPending(kind)
    setOutcome(null)
    try {
      const res = await fetch("/api/community/avatar", { method: kind === "upload" ? "POST" : "DELETE", body })
      const data = (await res.json().catch(() => ({}))) as { message?: string }
      if (!res.ok) return setOutcome({ tone: "error", text: data.message ?? "Your avatar could not be changed just now." })
      setOutcome({ tone: "success", text: kind === "upload" ? "Your new avatar is saved." : "Your avatar is removed: your initials show instead." })
      router.refresh()
    } catch {
      setOutcome({ tone: "error", text: "Your avatar could not be changed just now. Please try again." })
    } finally {
      setPending(null)
    }
  }

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const file = form.get("file")
    if (!(file instanceof File) || !file.size) return setOutcome({ tone: "error", text: "Choose an image first." })
    void send("upload", form)
  }

  return (
    <form onSubmit={upload} className={styles.form} aria-label="Your avatar" data-testid="avatar-form">
      <div className={styles.current}>{children}</div>
      <div className={styles.controls}>
        <label htmlFor="avatar-file" className={styles.label}>
          Your picture
        </label>
        <p id="avatar-hint" className={styles.hint}>
          A PNG, JPEG, WebP or GIF image of up to 5 MB. It is cropped to a square; without one, your initials show.
        </p>
        <Input id="avatar-file" name="file" type="file" accept="image/png,image/jpeg,image/webp,image/gif" aria-describedby="avatar-hint" data-testid="avatar-file" />
        <div className={styles.buttons}>
          <Button type="submit" variant="secondary" pending={pending === "upload"} pendingText="Uploading…" disabled={pending !== null} data-testid="avatar-upload">
            Upload picture
          </Button>
          {hasAvatar && (
            <Button variant="quiet" pending={pending === "remove"} pendingText="Removing…" disabled={pending !== null} onClick={() => void send("remove")} data-testid="avatar-remove">
              Remove picture
            </Button>
          )}
        </div>
        {outcome && (
          <Alert tone={outcome.tone} testId="avatar-outcome">
            {outcome.text}
          </Alert>
        )}
      </div>
    </form>
  )
}
