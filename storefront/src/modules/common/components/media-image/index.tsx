import { env } from "@/lib/env"
import { isImageKitUrl } from "@/lib/util/imagekit-loader"
import ImageKitImage from "./imagekit-image"

type Props = {
  src: string
  alt: string
  width?: number | null
  height?: number | null
  /** The rendered width at each viewport, so the browser picks the smallest ImageKit variant that fits. */
  sizes: string
  priority?: boolean
  className?: string
  /** `width` and `height` give the display size and shape, not the original's (product covers from Medusa). */
  displaySize?: boolean
}

/**
 * An uploaded image. Served by ImageKit (IMAGEKIT_URL_ENDPOINT set and the URL
 * under it) it becomes a next/image whose srcset asks ImageKit for each width;
 * otherwise it is the plain <img> the storefront has always rendered.
 */
export default function MediaImage({ src, alt, width, height, sizes, priority = false, className, displaySize = false }: Props) {
  const endpoint = env.IMAGEKIT_URL_ENDPOINT
  if (width && height && isImageKitUrl(src, endpoint)) {
    return (
      <ImageKitImage endpoint={endpoint} originalUnknown={displaySize} src={src} alt={alt} width={width} height={height} sizes={sizes} preload={priority} fetchPriority={priority ? "high" : undefined} className={className} style={{ maxWidth: "100%", height: "auto" }} />
    )
  }
  return (
    <img
      src={src}
      alt={alt}
      width={width ?? undefined}
      height={height ?? undefined}
      className={className}
      style={{ maxWidth: "100%", height: "auto" }}
      {...(priority ? { fetchPriority: "high" as const } : { loading: "lazy" as const, decoding: "async" as const })}
    />
  )
}
