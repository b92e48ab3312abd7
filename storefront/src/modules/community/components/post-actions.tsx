import type { Reactions, Viewer } from "@/lib/data/community"
import DeletePostForm from "@/modules/community/components/delete-post-form"
import { EditPostForm, ModerationForm, ReportForm, type PostRef } from "@/modules/community/components/post-controls"
import ReactionBar from "@/modules/community/components/reaction-bar"
import styles from "@/modules/community/styles.module.css"

type Post = { id: string; body?: string; visibility: "visible" | "hidden"; mine: boolean; reactions?: Reactions }

/** What the viewer may do to one post: react, edit and delete their own, report another's, moderate. */
export default function PostActions({ post, target, viewer, title }: { post: Post; target: PostRef; viewer: Viewer; title?: string }) {
  const active = viewer?.status === "active"
  return (
    <div className={styles.actions}>
      <ReactionBar post={target} reactions={post.reactions} canReact={active && post.visibility === "visible"} />
      {post.mine && post.body !== undefined && <EditPostForm post={target} title={title} body={post.body} />}
      {post.mine && <DeletePostForm post={target} />}
      {active && !post.mine && post.visibility === "visible" && <ReportForm post={target} />}
      {active && (viewer.role === "moderator" || viewer.can_moderate) && <ModerationForm post={target} hidden={post.visibility === "hidden"} />}
    </div>
  )
}
