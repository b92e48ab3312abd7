"use client"

import Image, { type ImageProps } from "next/image"
import { imagekitLoader } from "@/lib/util/imagekit-loader"

type Props = Omit<ImageProps, "loader" | "width"> & {
  endpoint: string
  width: number
  /** `width` is only the display size: the original may be larger, so let ImageKit cap it. */
  originalUnknown?: boolean
}

/** next/image with the ImageKit loader; a client component because a loader is a function. */
export default function ImageKitImage({ endpoint, originalUnknown = false, ...props }: Props) {
  return <Image {...props} loader={imagekitLoader(endpoint, originalUnknown ? "unknown" : props.width)} />
}
