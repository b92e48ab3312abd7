import Link from "next/link"
import type { Discussion, Reply, Viewer } from "@/lib/data/community"
import { VerifyEmailPrompt } from "@/modules/account/components/email-verification"
import Alert from "@/modules/common/components/alert"
import Badge from "@/modules/common/components/badge"
import Card from "@/modules/common/components/card"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import Pager from "@/modules/common/components/pager"
import type { PostRef } from "@/modules/community/components/post-controls"
import PostActions from "@/modules/community/components/post-actions"
import PostMeta from "@/modules/community/components/post-meta"
import ReplyForm from "@/modules/community/components/reply-form"
import FollowForm from "@/modules/community/components/follow-form"
import CommunityPrompt from "@/modules/community/components/sign-in-prompt"
import shared from "@/modules/community/styles.module.css"
import styles from "./styles.module.css"

type Props = {
  countryCode: string
  discussion: Discussion
  replies: Reply[]
  count: number
  viewer: Viewer
  /** Whether the visitor is signed in (a customer who has not joined the community yet has no viewer). */
  signedIn: boolean
  /** False only for a signed-in reader whose email commerce says is not verified yet. */
  emailVerified: boolean
  page: number
  pages: number
  category: string
  replyKey: string
  /** Whether the signed-in member follows it (its replies then show under "Following"); null when they cannot. */
  following: boolean | null
}

/** A discussion with its replies, the viewer's controls on each, and the reply form (or why there is none). */
export default function DiscussionPage({ countryCode, discussion, replies, count, viewer, signedIn, emailVerified, page, pages, category, replyKey, following }: Props) {
  const slug = discussion.category?.slug ?? category
  const here = `/${countryCode}/community/${slug}/${discussion.id}`
  const ref = (targetType: PostRef["targetType"], targetId: string): PostRef => ({
    countryCode,
    category: slug,
    discussionId: discussion.id,
    targetType,
    targetId,
  })
  const hidden = discussion.visibility === "hidden"
  return (
    <PageContainer as="article" width="narrow" aria-labelledby="discussion-heading" stack>
      <Card className={hidden ? shared.hidden : undefined}>
        <PageHeader
          trail={[
            { href: `/${countryCode}/community`, label: "Community" },
            { href: `/${countryCode}/community/${slug}`, label: discussion.category?.name ?? category },
          ]}
          title={discussion.title}
          headingId="discussion-heading"
          actions={
            following === null ? undefined : (
              <FollowForm
                countryCode={countryCode}
                target={{ targetType: "discussion", targetId: discussion.id, category: slug }}
                following={following}
                name="this discussion"
              />
            )
          }
        >
          <div className={styles.badges}>
            {discussion.pinned && <Badge tone="accent">Pinned</Badge>}
            {discussion.locked && <Badge>Locked: no new replies</Badge>}
            {hidden && <Badge tone="danger">Hidden from readers</Badge>}
            {discussion.group && (
              <Link href={`/${countryCode}/community/groups/${discussion.group.slug}`} data-testid="discussion-group">
                <Badge tone={discussion.group.visibility === "private" ? "warning" : "neutral"}>
                  {discussion.group.visibility === "private" ? "Private group" : "Group"}: {discussion.group.name}
                </Badge>
              </Link>
            )}
          </div>
          <PostMeta countryCode={countryCode} author={discussion.author} at={discussion.created_at} />
        </PageHeader>
        {/* body_html is sanitised by commerce (no script, handlers, javascript: links or iframes). */}
        <div className={shared.body} data-testid="discussion-body" dangerouslySetInnerHTML={{ __html: discussion.body_html }} />
        <PostActions post={discussion} target={ref("discussion", discussion.id)} viewer={viewer} title={discussion.title} />
      </Card>

      <section aria-labelledby="replies-heading">
        <h2 id="replies-heading">
          {count} {count === 1 ? "reply" : "replies"}
        </h2>
        {count === 0 && <p className={shared.meta}>No replies yet. Be the first to answer.</p>}
        <ol className={shared.list} data-testid="community-replies">
          {replies.map((r) => (
            <Card
              as="li"
              key={r.id}
              id={`reply-${r.id}`}
              className={`${styles.reply} ${r.visibility === "hidden" ? shared.hidden : ""}`}
              data-testid="community-reply"
            >
              <PostMeta
                countryCode={countryCode}
                author={r.author}
                at={r.created_at}
                extra={r.visibility === "hidden" ? " · hidden from readers" : undefined}
              />
              <div className={shared.body} dangerouslySetInnerHTML={{ __html: r.body_html }} />
              <PostActions post={r} target={ref("reply", r.id)} viewer={viewer} />
            </Card>
          ))}
        </ol>
        <Pager label="Reply pages" page={page} pages={pages} href={(p) => `${here}?page=${p}`} />
      </section>

      <section aria-labelledby="reply-heading">
        <h2 id="reply-heading">Reply</h2>
        {discussion.locked ? (
          <Alert tone="info" live="none" testId="discussion-locked">
            This discussion is locked: it takes no new replies.
          </Alert>
        ) : viewer?.status === "suspended" ? (
          <Alert tone="warning" live="none" testId="member-suspended">
            Your community membership is suspended, so you cannot reply for now.
          </Alert>
        ) : viewer && !emailVerified ? (
          <VerifyEmailPrompt countryCode={countryCode} doing="reply" />
        ) : viewer ? (
          <ReplyForm key={replyKey} countryCode={countryCode} category={slug} discussionId={discussion.id} idempotencyKey={replyKey} />
        ) : (
          <CommunityPrompt countryCode={countryCode} returnTo={here} signedIn={signedIn} doing="reply" />
        )}
      </section>
    </PageContainer>
  )
}
