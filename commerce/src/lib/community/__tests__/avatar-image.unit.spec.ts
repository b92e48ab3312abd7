import sharp from "sharp"
import { AvatarUploadError, squareAvatar, sniffAvatar } from "../avatar-image"

const image = (format: "png" | "jpeg" | "gif" | "webp", width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#36c" } }).toFormat(format).toBuffer()

describe("avatar images", () => {
  it("tells the four allowed types by their first bytes, whatever the file is called", async () => {
    for (const format of ["png", "jpeg", "gif", "webp"] as const) expect(sniffAvatar(await image(format, 8, 8))).toBe(format)
    expect(sniffAvatar(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull()
    expect(sniffAvatar(Buffer.from("%PDF-1.7"))).toBeNull()
  })

  it("crops and resizes any allowed image to a 256 px WebP square", async () => {
    for (const [w, h] of [[600, 200], [90, 700], [20, 20]]) {
      const meta = await sharp(await squareAvatar(await image("png", w, h), "me.png")).metadata()
      expect(meta).toMatchObject({ format: "webp", width: 256, height: 256 })
    }
  })

  it("refuses text, a damaged image and an empty file with a 400 that says why", async () => {
    const refusal = (content: Buffer, name: string) => squareAvatar(content, name).catch((e: AvatarUploadError) => e)
    const text = await refusal(Buffer.from("hello there"), "notes.png")
    expect(text).toBeInstanceOf(AvatarUploadError)
    expect(text).toMatchObject({ status: 400, message: 'An avatar must be a PNG, JPEG, WebP or GIF image: "notes.png" is text' })
    expect(await refusal((await image("png", 30, 30)).subarray(0, 30), "cut.png")).toMatchObject({ status: 400, message: expect.stringMatching(/could not be read/) })
    expect(await refusal(Buffer.alloc(0), "empty.png")).toMatchObject({ status: 400, message: "The avatar file is empty" })
  })
})
