import { createHmac, randomBytes } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"

/** A file as the fake's media library holds it. */
export type StoredFile = { fileId: string; name: string; filePath: string; isPrivateFile: boolean; mimeType: string; content: Buffer }
/** One request as the fake received it (the multipart upload's fields decoded). */
export type ImageKitRequest = { method: string; url: string; headers: http.IncomingHttpHeaders; fields?: Record<string, string> }

export type FakeImageKit = {
  url: string
  /** The URL endpoint files are served from (IMAGEKIT_URL_ENDPOINT). */
  urlEndpoint: string
  files: Map<string, StoredFile>
  requests: ImageKitRequest[]
  stop: () => Promise<void>
}

/**
 * A local stand-in for ImageKit: the upload API (POST /api/v1/files/upload,
 * multipart, Basic auth with the private key), the management API's delete
 * (DELETE /v1/files/:id) and the delivery CDN under `<url>/demo`, which
 * serves a private file only through a URL signed as ImageKit signs them
 * (`ik-s` = HMAC-SHA1 of the URL after the endpoint plus `ik-t`, with the
 * private key) and refuses it once `ik-t` has passed.
 */
export async function startFakeImageKit({ privateKey, port = 0 }: { privateKey: string; port?: number }): Promise<FakeImageKit> {
  const files = new Map<string, StoredFile>()
  const requests: ImageKitRequest[] = []
  let url = ""
  const endpointPath = "/demo"
  const authorized = (req: http.IncomingMessage) =>
    req.headers.authorization === `Basic ${Buffer.from(`${privateKey}:`).toString("base64")}`
  const json = (res: http.ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, body === undefined ? {} : { "content-type": "application/json" })
    res.end(body === undefined ? undefined : JSON.stringify(body))
  }

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const request: ImageKitRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers }
    requests.push(request)
    const target = new URL(req.url ?? "/", url)

    if (req.method === "POST" && target.pathname === "/api/v1/files/upload") {
      if (!authorized(req)) return json(res, 401, { message: "Your request does not contain private API key." })
      const form = await new Request(url, { method: "POST", headers: { "content-type": req.headers["content-type"] ?? "" }, body }).formData()
      const file = form.get("file")
      const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>
      request.fields = fields
      if (!(file instanceof Blob) || !fields.fileName) return json(res, 400, { message: "Missing file parameter for upload" })
      const name = fields.fileName
      const filePath = path.posix.join("/", fields.folder ?? "/", name)
      const stored: StoredFile = {
        fileId: randomBytes(12).toString("hex"),
        name,
        filePath,
        isPrivateFile: fields.isPrivateFile === "true",
        mimeType: file.type || "application/octet-stream",
        content: Buffer.from(await file.arrayBuffer()),
      }
      files.set(stored.fileId, stored)
      return json(res, 200, {
        fileId: stored.fileId,
        name,
        filePath,
        url: `${url}${endpointPath}${filePath}`,
        thumbnailUrl: `${url}${endpointPath}/tr:n-ik_ml_thumbnail${filePath}`,
        size: stored.content.length,
        fileType: stored.mimeType.startsWith("image/") ? "image" : "non-image",
        isPrivateFile: stored.isPrivateFile,
      })
    }

    const managed = /^\/v1\/files\/([^/]+)$/.exec(target.pathname)
    if (req.method === "DELETE" && managed) {
      if (!authorized(req)) return json(res, 401, { message: "Your request does not contain private API key." })
      if (!files.delete(managed[1])) return json(res, 404, { message: "The requested file does not exist.", help: "" })
      return json(res, 204)
    }

    if (req.method === "GET" && target.pathname.startsWith(`${endpointPath}/`)) {
      const filePath = decodeURIComponent(target.pathname.slice(endpointPath.length))
      const file = [...files.values()].find((f) => f.filePath === filePath)
      if (!file) return json(res, 404, { message: "File not found" })
      const signature = target.searchParams.get("ik-s")
      const expiry = target.searchParams.get("ik-t")
      if (file.isPrivateFile || signature) {
        const unsigned = new URL(target)
        unsigned.searchParams.delete("ik-s")
        unsigned.searchParams.delete("ik-t")
        const signed = unsigned.href.replace(`${url}${endpointPath}/`, "") + (expiry ?? "9999999999")
        const expected = createHmac("sha1", privateKey).update(signed).digest("hex")
        if (signature !== expected) return json(res, 401, { message: "Invalid signature" })
        if (expiry && Number(expiry) < Date.now() / 1000) return json(res, 401, { message: "URL has expired" })
      }
      res.writeHead(200, { "content-type": file.mimeType, "content-length": file.content.length })
      return res.end(file.content)
    }
    json(res, 404, { message: "Not found" })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, urlEndpoint: `${url}${endpointPath}`, files, requests, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}

/**
 * Sends the ImageKit SDK's API calls (to upload.imagekit.io and
 * api.imagekit.io, which it does not let you configure) to `fake`, in
 * process, through the axios instance the SDK uses. Returns the undo.
 */
export function interceptImageKitApi(fake: { url: string }): () => void {
  const sdkDir = path.dirname(require.resolve("imagekit"))
  const loaded = require(require.resolve("axios", { paths: [sdkDir] }))
  const axios = loaded.default ?? loaded
  const id = axios.interceptors.request.use((config: { url?: string }) => {
    config.url = config.url?.replace(/^https:\/\/(upload|api)\.imagekit\.io/, fake.url)
    return config
  })
  return () => axios.interceptors.request.eject(id)
}
