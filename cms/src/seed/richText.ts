import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import type { Post } from '@/payload-types'

export type RichTextValue = Post['content']
export type MarkdownToRichText = (markdown: string) => RichTextValue

/**
 * Seed bodies are written as Markdown and converted with the app's own Lexical
 * config, so the stored JSON is exactly what the admin editor would produce.
 */
export async function createMarkdownConverter(payload: Payload): Promise<MarkdownToRichText> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  return (markdown) => convertMarkdownToLexical({ editorConfig, markdown }) as RichTextValue
}
