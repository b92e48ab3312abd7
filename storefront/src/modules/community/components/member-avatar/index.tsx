import MediaImage from "@/modules/common/components/media-image"
import styles from "./styles.module.css"

const SIZES = { small: 32, medium: 48, large: 96 } as const

/** The first letters of a display name's first two words ("Ada Reader" → "AR"), "?" for none. */
export function initialsOf(name: string | null | undefined): string {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 2)
  return words.map((w) => Array.from(w)[0]?.toUpperCase() ?? "").join("") || "?"
}

/**
 * A member's avatar: their uploaded square (through ImageKit's transformations
 * when it serves it), or their initials. Decorative: the name is always beside it.
 */
export default function MemberAvatar({ name, src, size = "small" }: { name: string | null | undefined; src?: string | null; size?: keyof typeof SIZES }) {
  const px = SIZES[size]
  return (
    <span className={`${styles.avatar} ${styles[size]}`} aria-hidden="true" data-testid="member-avatar">
      {src ? (
        <MediaImage src={src} alt="" width={px} height={px} sizes={`${px}px`} className={styles.image} />
      ) : (
        <span data-testid="member-initials">{initialsOf(name)}</span>
      )}
    </span>
  )
}
