import MediaImage from "@/modules/common/components/media-image"
import { AVATAR_SIZES, AvatarFrame, type AvatarSize } from "./frame"
import styles from "./styles.module.css"

export { initialsOf } from "./frame"

/**
 * A member's avatar: their uploaded square (through ImageKit's transformations
 * when it serves it), or their initials. Decorative: the name is always beside it.
 */
export default function MemberAvatar({ name, src, size = "small" }: { name: string | null | undefined; src?: string | null; size?: AvatarSize }) {
  const px = AVATAR_SIZES[size]
  return <AvatarFrame name={name} size={size} image={src ? <MediaImage src={src} alt="" width={px} height={px} sizes={`${px}px`} className={styles.image} /> : undefined} />
}
