import sharp from "sharp"

/** The stored avatar: a square this many pixels wide, WebP. */
export const AVATAR_SIZE = 256
export const AVATAR_MIME = "image/webp"
export const ALLOWED_AVATARS = "PNG, JPEG, WebP or GIF"
/** A decompression bomb (a small file of a huge image) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 40_000_000

/** A refused avatar, with the HTTP status and the words the member sees. */
export class AvatarUploadError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string
  ) {
    super(message)
  }
}

const ascii = (head: Buffer, from: number, to: number) => head.subarray(from, to).toString("latin1")
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The image type its first bytes say (never its name or declared type), or null. */
export function sniffAvatar(head: Buffer): "png" | "jpeg" | "gif" | "webp" | null {
  if (head.subarray(0, 8).equals(PNG)) return "png"
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg"
  if (["GIF87a", "GIF89a"].includes(ascii(head, 0, 6))) return "gif"
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP") return "webp"
  return null
}

const looksLikeText = (head: Buffer) => !head.includes(0) && !new TextDecoder("utf-8").decode(head.subarray(0, 512)).slice(0, -1).includes("\uFFFD")

/**
 * The upload as the stored avatar: checked by its content, turned upright
 * (EXIF), cropped to a square around its most interesting part and resized
 * to AVATAR_SIZE, as WebP (a GIF's first frame). Metadata (EXIF, GPS) is dropped.
 */
export async function squareAvatar(content: Buffer, filename: string): Promise<Buffer> {
  if (!content.length) throw new AvatarUploadError(400, "The avatar file is empty")
  if (!sniffAvatar(content)) {
    const what = looksLikeText(content) ? "text" : "not an image of those types"
    throw new AvatarUploadError(400, `An avatar must be a ${ALLOWED_AVATARS} image: "${filename}" is ${what}`)
  }
  try {
    return await sharp(content, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer()
  } catch (error) {
    const tooLarge = /pixel limit/i.test((error as Error).message)
    throw new AvatarUploadError(
      400,
      tooLarge
        ? `"${filename}" has too many pixels for an avatar (at most ${MAX_INPUT_PIXELS / 1_000_000} megapixels)`
        : `"${filename}" could not be read as an image: it may be damaged`
    )
  }
}
