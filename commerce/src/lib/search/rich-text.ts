/** The words of a cms document's rich text (Lexical JSON) and blocks: every text node, in order. */
export function richTextWords(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) richTextWords(item, out)
  } else if (value && typeof value === "object") {
    const node = value as Record<string, unknown>
    if (node.type === "text" && typeof node.text === "string") out.push(node.text)
    for (const [key, child] of Object.entries(node)) if (key !== "text" && typeof child === "object") richTextWords(child, out)
  }
  return out
}

export const plainText = (value: unknown) => richTextWords(value).join(" ").replace(/\s+/g, " ").trim()
