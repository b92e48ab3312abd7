import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { EbookFileRow } from "../components/ebooks/ebook-file-row"
import { EBOOK_FORMATS, formatBytes, listEbookVariants, type AdminEbookVariant } from "../lib/ebooks-api"
import { friendlyError } from "../lib/friendly-error"

/** On a product's page, for each variant whose Format is Ebook: its EPUB and PDF files, to upload, replace or remove. */
const ProductEbooksWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [state, setState] = useState<{ variants: AdminEbookVariant[]; maxBytes: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    listEbookVariants(product.id).then(
      (data) => setState({ variants: data.variants, maxBytes: data.max_bytes }),
      (e) => setError(friendlyError(e))
    )
  }, [product.id])

  if (error) {
    return (
      <Container>
        <Heading level="h2">Ebook files</Heading>
        <Text role="alert" className="text-ui-fg-error">
          {error}
        </Text>
      </Container>
    )
  }
  if (!state?.variants.length) return null
  const replace = (variant: AdminEbookVariant) =>
    setState((s) => s && { ...s, variants: s.variants.map((v) => (v.id === variant.id ? variant : v)) })

  return (
    <Container className="flex flex-col gap-3" data-testid="ebook-files">
      <div>
        <Heading level="h2">Ebook files</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          What readers download after buying: an EPUB, a PDF or both (up to {formatBytes(state.maxBytes)} each). A replaced file reaches every reader who
          already owns the ebook.
        </Text>
      </div>
      {state.variants.map((variant) => (
        <div key={variant.id} className="divide-y" data-testid={`ebook-variant-${variant.id}`}>
          {state.variants.length > 1 && (
            <Text weight="plus">
              {variant.title} {variant.sku ? `(${variant.sku})` : ""}
            </Text>
          )}
          {EBOOK_FORMATS.map((format) => (
            <EbookFileRow key={format} variant={variant} format={format} maxBytes={state.maxBytes} onChange={replace} />
          ))}
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductEbooksWidget
