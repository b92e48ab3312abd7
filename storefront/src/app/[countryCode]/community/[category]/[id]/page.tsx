import { randomUUID } from "node:crypto"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { REPLIES_PER_PAGE, retrieveDiscussion, type Reactions, type Viewer } from "@/lib/data/community"
import PostMeta from "@/modules/community/components/post-meta"
import { DeletePostForm, EditPostForm, ModerationForm, ReactionBar, ReportForm, type PostRef } from "@/modules/community/components/post-controls"
import ReplyForm from "@/modules/community/components/reply-form"
import CommunityPrompt from "@/modules/community/components/sign-in-prompt"
import styles from "@/modules/community/styles.module.css"

export const metadata: Metadata = { title: "Discussion" }

type Post = { id: string; body?: string; visibility: "visible" | "hidden"; mine: boolean; reactions?: Reactions }

/** What the viewer may do to one post: react, edit and delete their own, report another's, moderate. */
function PostControls({ post, target, viewer, title }: { post: Post; target: PostRef; viewer: Viewer; title?: string }) {
  const active = viewer?.status === "active"
  return (
    <div className={styles.actions}>
      <ReactionBar post={target} reactions={post.reactions} canReact={active && post.visibility === "visible"} />
      {post.mine && post.body !== undefined && <EditPostForm post={target} title={title} body={post.body} />}
      {post.mine && <DeletePostForm post={target} />}
      {active && !post.mine && post.visibility === "visible" && <ReportForm post={target} />}
      {active && viewer.role === "moderator" && <ModerationForm post={target} hidden={post.visibility === "hidden"} />}
    </div>
  )
}

// Read per visitor (hidden posts only for moderators), so rendered per request.
export default async function DiscussionPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string; category: string; id: string }>
  searchParams: Promise<{ page?: string | string[] }>
}) {
  const { countryCode, category, id } = await params
  if (!/^[A-Za-z0-9_]{1,64}$/.test(id)) notFound()
  const rawPage = (await searchParams).page
  const page = Math.min(500, Math.max(1, Number.parseInt((Array.isArray(rawPage) ? rawPage[0] : rawPage) ?? "1", 10) || 1))
  const [data, token] = await Promise.all([retrieveDiscussion(id, page), getAuthToken()])
  if (!data) notFound()
  const { discussion, replies, count, viewer } = data
  const slug = discussion.category?.slug ?? category
  const here = `/${countryCode}/community/${slug}/${discussion.id}`
  const ref = (targetType: PostRef["targetType"], targetId: string): PostRef => ({ countryCode, category: slug, discussionId: discussion.id, targetType, targetId })
  const pages = Math.max(1, Math.ceil(count / REPLIES_PER_PAGE))
  const replyKey = randomUUID()
  return (
    <article aria-labelledby="discussion-heading">
      <p>
        <Link href={`/${countryCode}/community`}>Community</Link> › <Link href={`/${countryCode}/community/${slug}`}>{discussion.category?.name ?? category}</Link>
      </p>
      <div className={discussion.visibility === "hidden" ? styles.hidden : undefined}>
        <h1 id="discussion-heading">{discussion.title}</h1>
        <PostMeta
          countryCode={countryCode}
          author={discussion.author}
          at={discussion.created_at}
          extra={`${discussion.pinned ? " · pinned" : ""}${discussion.locked ? " · locked: no new replies" : ""}${discussion.visibility === "hidden" ? " · hidden from readers" : ""}`}
        />
        {/* body_html is sanitised by commerce (no script, handlers, javascript: links or iframes). */}
        <div data-testid="discussion-body" dangerouslySetInnerHTML={{ __html: discussion.body_html }} />
        <PostControls post={discussion} target={ref("discussion", discussion.id)} viewer={viewer} title={discussion.title} />
      </div>

      <h2>
        {count} {count === 1 ? "reply" : "replies"}
      </h2>
      <ol data-testid="community-replies" style={{ listStyle: "none", padding: 0 }}>
        {replies.map((r) => (
          <li key={r.id} id={`reply-${r.id}`} data-testid="community-reply" className={`${styles.post} ${r.visibility === "hidden" ? styles.hidden : ""}`}>
            <PostMeta countryCode={countryCode} author={r.author} at={r.created_at} extra={r.visibility === "hidden" ? " · hidden from readers" : undefined} />
            <div dangerouslySetInnerHTML={{ __html: r.body_html }} />
            <PostControls post={r} target={ref("reply", r.id)} viewer={viewer} />
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label="Reply pages">
          {page > 1 && <Link href={`${here}?page=${page - 1}`}>Previous</Link>} Page {page} of {pages}{" "}
          {page < pages && <Link href={`${here}?page=${page + 1}`}>Next</Link>}
        </nav>
      )}

      <h2 id="reply-heading">Reply</h2>
      {discussion.locked ? (
        <p className="notice" data-testid="discussion-locked">
          This discussion is locked: it takes no new replies.
        </p>
      ) : viewer?.status === "suspended" ? (
        <p className="notice" data-testid="member-suspended">
          Your community membership is suspended, so you cannot reply for now.
        </p>
      ) : viewer ? (
        <ReplyForm key={replyKey} countryCode={countryCode} category={slug} discussionId={discussion.id} idempotencyKey={replyKey} />
      ) : (
        <CommunityPrompt countryCode={countryCode} returnTo={here} signedIn={!!token} doing="reply" />
      )}
    </article>
  )
}
