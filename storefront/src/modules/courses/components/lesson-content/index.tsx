import styles from "./styles.module.css"

/**
 * A lesson's text. `html` is commerce's rendering of the lesson's Markdown,
 * sanitised there with a strict allow-list (no script, style, handlers or
 * script URLs); the raw Markdown is never put into the page.
 */
export default function LessonContent({ html }: { html: string | null }) {
  if (!html) return null
  return <div className={styles.content} data-testid="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />
}
