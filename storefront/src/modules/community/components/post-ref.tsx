/** Which post a control acts on, and the discussion page it returns to. */
export type PostRef = { countryCode: string; category: string; discussionId: string; targetType: "discussion" | "reply"; targetId: string }

/** The hidden fields every post control posts: which post, and where to return. */
export function Target({ post }: { post: PostRef }) {
  return (
    <>
      <input type="hidden" name="countryCode" value={post.countryCode} />
      <input type="hidden" name="category" value={post.category} />
      <input type="hidden" name="discussionId" value={post.discussionId} />
      <input type="hidden" name="targetType" value={post.targetType} />
      <input type="hidden" name="targetId" value={post.targetId} />
    </>
  )
}
