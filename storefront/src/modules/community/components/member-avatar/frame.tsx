import type { ReactNode } from "react"
import styles from "./styles.module.css"

export const AVATAR_SIZES = { small: 32, medium: 48, large: 96 } as const
export type AvatarSize = keyof typeof AVATAR_SIZES

/** The first letters of a display name's first two words ("Ada Reader" → "AR"), "?" for none. */
export function initialsOf(name: string | null | undefined): string {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 2)
  return words.map((w) => Array.from(w)[0]?.toUpperCase() ?? "").join("") || "?"
}

/**
 * The round frame of an avatar, with `image` in it or the member's initials.
 * Safe in client components (the server's MemberAvatar puts an ImageKit-aware image in it).
 */
export function AvatarFrame({ name, size = "small", image }: { name: string | null | undefined; size?: AvatarSize; image?: ReactNode }) {
  return (
    <span className={`${styles.avatar} ${styles[size]}`} aria-hidden="true" data-testid="member-avatar">
      {image ?? <span data-testid="member-initials">{initialsOf(name)}</span>}
    </span>
  )
}

/** A plain image for the frame, for client components (no server configuration there): the stored avatar is already a small square. */
export function PlainAvatarImage({ src, size = "small" }: { src: string; size?: AvatarSize }) {
  const px = AVATAR_SIZES[size]
  // A plain img: the avatar is a 256 px WebP already, and the image optimiser's settings live on the server.
  return <img src={src} alt="" width={px} height={px} loading="lazy" className={styles.image} />
}
