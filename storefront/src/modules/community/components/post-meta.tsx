import Link from "next/link"
import type { CommunityAuthor } from "@/lib/data/community"

/** Who wrote a post (linked to their profile) and when. */
export default function PostMeta({ countryCode, author, at, extra }: { countryCode: string; author: CommunityAuthor | null; at: string; extra?: string }) {
  return (
    <p className="byline">
      {author ? <Link href={`/${countryCode}/community/members/${author.id}`}>{author.display_name}</Link> : "A former member"}
      {author?.role === "moderator" && " (moderator)"} · <time dateTime={at}>{new Date(at).toLocaleDateString("en-GB")}</time>
      {extra}
    </p>
  )
}
