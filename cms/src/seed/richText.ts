import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import type { Post } from '@/payload-types'

export type RichTextValue = Post['content']
export type MarkdownToRichText = (markdown: string) => RichTextValue

/**
 * Seed bodies are written as Markdown and converted with the posts' own Lexical
 * editor (the app's features, code blocks included), so the stored JSON is exactly
 * what the admin editor would produce. Payload's default editor config would
 * leave a fenced code block as plain paragraphs.
 */
export async function createMarkdownConverter(payload: Payload): Promise<MarkdownToRichText> {
  const field = payload.collections.posts.config.flattenedFields.find(
    (candidate) => candidate.name === 'content',
  )
  if (field?.type !== 'richText') throw new Error('posts.content is not a rich text field')
  const editorConfig = editorConfigFactory.fromField({ field })
  return (markdown) => convertMarkdownToLexical({ editorConfig, markdown }) as RichTextValue
}
