import type { ImageLoaderProps } from "next/image"

/** next/image's own default, so an ImageKit image weighs what an optimised local one would. */
const DEFAULT_QUALITY = 75

const trimSlashes = (endpoint: string) => endpoint.replace(/\/+$/, "")

/** Whether ImageKit serves this image: it sits under the configured URL endpoint. */
export function isImageKitUrl(src: string, endpoint: string | undefined): endpoint is string {
  return Boolean(endpoint) && src.startsWith(`${trimSlashes(endpoint!)}/`)
}

/**
 * A next/image loader for ImageKit: each srcset entry asks ImageKit's CDN for
 * the image at that width and quality, in the best format the browser accepts
 * (`f-auto`), through a `tr:` path segment after the URL endpoint. Widths past
 * the original's (`maxWidth`) ask for the original width: ImageKit would
 * otherwise upscale. When the original's width is not known (product covers
 * uploaded in the Medusa admin), `c-at_max` asks ImageKit itself never to
 * upscale. Images from anywhere else come back unchanged.
 */
export function imagekitLoader(endpoint: string, maxWidth: number | "unknown" = Infinity) {
  const base = trimSlashes(endpoint)
  const cap = maxWidth === "unknown" ? Infinity : maxWidth
  const crop = maxWidth === "unknown" ? ",c-at_max" : ""
  return ({ src, width, quality }: ImageLoaderProps): string => {
    if (!isImageKitUrl(src, base)) return src
    const transformation = `tr:w-${Math.min(width, cap)},q-${quality ?? DEFAULT_QUALITY},f-auto${crop}`
    return `${base}/${transformation}${src.slice(base.length)}`
  }
}
