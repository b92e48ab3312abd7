import { createHmac } from "node:crypto"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import { MedusaError } from "@medusajs/framework/utils"
import { interceptImageKitApi, startFakeImageKit, type FakeImageKit } from "../../../../integration-tests/utils/fake-imagekit"
import ImageKitFileProviderService from "../service"

const PRIVATE_KEY = "private_test_0123456789"
const PUBLIC_KEY = "public_test_0123456789"
const PDF = Buffer.from("%PDF-1.4 an ebook")
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])

describe("ImageKit file provider", () => {
  let imagekit: FakeImageKit
  let undoIntercept: () => void
  const logger = { error: jest.fn(), warn: jest.fn(), info: jest.fn() }
  const provider = (ttl?: number) =>
    new ImageKitFileProviderService({ logger: logger as any }, {
      public_key: PUBLIC_KEY,
      private_key: PRIVATE_KEY,
      url_endpoint: imagekit.urlEndpoint,
      signed_url_ttl_seconds: ttl,
    })
  const upload = (access: "public" | "private", content: Buffer, filename: string, mimeType: string) =>
    provider().upload({ filename, mimeType, content: content.toString("base64"), access })

  beforeAll(async () => {
    imagekit = await startFakeImageKit({ privateKey: PRIVATE_KEY })
    undoIntercept = interceptImageKitApi(imagekit)
  })
  afterAll(async () => {
    undoIntercept()
    await imagekit.stop()
  })
  beforeEach(() => {
    imagekit.requests.length = 0
  })

  it("uploads a public image to <folder>/public with the private key and answers its plain URL", async () => {
    const result = await upload("public", PNG, "Quiet Draft cover.png", "image/png")

    const [request] = imagekit.requests
    expect(request.method).toBe("POST")
    expect(request.url).toBe("/api/v1/files/upload")
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${PRIVATE_KEY}:`).toString("base64")}`)
    expect(request.fields).toMatchObject({ folder: "/commerce/public", useUniqueFileName: "false", isPrivateFile: "false" })
    expect(request.fields!.fileName).toMatch(/^\d+-[0-9a-f]{8}-Quiet-Draft-cover\.png$/)

    const stored = [...imagekit.files.values()].find((f) => f.name === request.fields!.fileName)!
    expect(stored.content.equals(PNG)).toBe(true)
    expect(result.key).toBe(`public-${stored.fileId}-${stored.name}`)
    expect(result.url).toBe(`${imagekit.urlEndpoint}/commerce/public/${stored.name}`)
    expect(new URL(result.url).searchParams.has("ik-s")).toBe(false)
    const served = await fetch(result.url)
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true)
  })

  it("uploads an ebook as an ImageKit private file that only a signed, expiring URL serves", async () => {
    const before = Math.floor(Date.now() / 1000)
    const { key } = await upload("private", PDF, "the-quiet-draft.pdf", "application/pdf")
    expect(imagekit.requests[0].fields).toMatchObject({ folder: "/commerce/private", isPrivateFile: "true" })
    expect(key).toMatch(/^private-[0-9a-f]{24}-\d+-[0-9a-f]{8}-the-quiet-draft\.pdf$/)

    const url = new URL(await provider(120).getPresignedDownloadUrl({ fileKey: key }))
    const expiry = Number(url.searchParams.get("ik-t"))
    expect(expiry).toBeGreaterThanOrEqual(before + 120)
    expect(expiry).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 120)
    // ImageKit's signature: HMAC-SHA1, keyed with the private key, of the URL after the endpoint followed by ik-t.
    const unsigned = `${url.origin}${url.pathname}`.replace(`${imagekit.urlEndpoint}/`, "")
    expect(unsigned).toBe(`commerce/private/${key.split("-").slice(2).join("-")}`)
    expect(url.searchParams.get("ik-s")).toBe(createHmac("sha1", PRIVATE_KEY).update(`${unsigned}${expiry}`).digest("hex"))

    expect((await fetch(url)).status).toBe(200)
    expect((await fetch(`${url.origin}${url.pathname}`)).status).toBe(401) // unsigned
    const forged = new URL(url)
    forged.searchParams.set("ik-t", String(expiry + 3600)) // a longer life needs a new signature
    expect((await fetch(forged)).status).toBe(401)
  })

  it("signs with the default five-minute life and the link stops working once expired", async () => {
    const { key } = await upload("private", PDF, "certificate-ABC.pdf", "application/pdf")
    const url = new URL(await provider().getPresignedDownloadUrl({ fileKey: key }))
    expect(Number(url.searchParams.get("ik-t")) - Date.now() / 1000).toBeGreaterThan(295)

    const nearlyExpired = new URL(await provider(1).getPresignedDownloadUrl({ fileKey: key }))
    await new Promise((resolve) => setTimeout(resolve, 2100))
    expect((await fetch(nearlyExpired)).status).toBe(401)
  })

  it("reads a private file back through its signed URL as a stream and as a buffer", async () => {
    const { key } = await upload("private", PDF, "book.pdf", "application/pdf")
    expect((await provider().getAsBuffer({ fileKey: key })).equals(PDF)).toBe(true)
    const chunks: Buffer[] = []
    for await (const chunk of await provider().getDownloadStream({ fileKey: key })) chunks.push(Buffer.from(chunk))
    expect(Buffer.concat(chunks).equals(PDF)).toBe(true)
    expect(imagekit.requests.filter((r) => r.method === "GET").every((r) => r.url.includes("ik-s="))).toBe(true)
  })

  it("deletes by the file id in the key, and a file already gone is no error", async () => {
    const { key } = await upload("private", PDF, "old.pdf", "application/pdf")
    const fileId = key.split("-")[1]
    await provider().delete([{ fileKey: key }])
    expect(imagekit.requests.at(-1)).toMatchObject({ method: "DELETE", url: `/v1/files/${fileId}` })
    expect(imagekit.files.has(fileId)).toBe(false)
    await expect(provider().delete({ fileKey: key })).resolves.toBeUndefined()
  })

  it("answers a key it did not make, or a missing file, as not found", async () => {
    await expect(provider().getPresignedDownloadUrl({ fileKey: "private-1733-book.pdf" })).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
    await expect(provider().getAsBuffer({ fileKey: "private-abcdef0123456789abcdef01-gone.pdf" })).rejects.toThrow(/HTTP 404/)
  })

  it("fails an upload ImageKit refuses with its message, and logs it", async () => {
    const wrongKey = new ImageKitFileProviderService({ logger: logger as any }, {
      public_key: PUBLIC_KEY,
      private_key: "not-the-key",
      url_endpoint: imagekit.urlEndpoint,
    })
    await expect(wrongKey.upload({ filename: "a.png", mimeType: "image/png", content: PNG.toString("base64"), access: "public" })).rejects.toThrow(
      /ImageKit could not upload a.png: Your request does not contain private API key/
    )
    expect(logger.error).toHaveBeenCalled()
  })

  it("streams a large private file to ImageKit through a temporary file, and gives its key once stored", async () => {
    const content = Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024, 7)])
    const upload = await provider().getUploadStream({ filename: "big-book.pdf", mimeType: "application/pdf", access: "private" })
    await pipeline(Readable.from([content.subarray(0, 1000), content.subarray(1000)]), upload.writeStream)
    const { key } = await upload.promise
    expect(key).toMatch(/^private-[0-9a-f]{24}-\d+-[0-9a-f]{8}-big-book\.pdf$/)
    expect(imagekit.requests[0].fields).toMatchObject({ folder: "/commerce/private", isPrivateFile: "true" })
    expect((await provider().getAsBuffer({ fileKey: key })).equals(content)).toBe(true)
  })

  it("sends nothing to ImageKit when the upload stream is abandoned", async () => {
    const upload = await provider().getUploadStream({ filename: "cut.pdf", mimeType: "application/pdf", access: "private" })
    upload.writeStream.destroy(new Error("too large"))
    await expect(upload.promise).rejects.toThrow("too large")
    expect(imagekit.requests).toHaveLength(0)
  })

  it("requires its three keys", () => {
    expect(() => ImageKitFileProviderService.validateOptions({ public_key: "p", private_key: "k" })).toThrow(/url_endpoint/)
  })
})
