import { NextResponse } from "next/server"
import { sendVendorEbookFile } from "@/lib/data/vendor-content"
import { toBackendError } from "@/lib/util/errors"

// Per vendor: their own product's file, with their session.
export const dynamic = "force-dynamic"

const privately = (body: unknown, status: number) => NextResponse.json(body, { status, headers: { "Cache-Control": "private, no-store" } })

/**
 * Uploads the vendor's ebook file: the browser sends the file as the body
 * (`?filename=`), and it goes on to commerce as it arrives, so the upload
 * can show its progress and a 100 MB book never sits in this server's memory.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const filename = new URL(request.url).searchParams.get("filename")?.trim() ?? ""
  if (!/^prod_\w+$/.test(id)) return privately({ message: "This product is not yours to change." }, 404)
  if (!request.body || !filename) return privately({ message: "Choose an EPUB or PDF file to upload." }, 400)
  try {
    const { status, body } = await sendVendorEbookFile(id, { body: request.body, filename, length: request.headers.get("content-length") })
    if (status >= 500) throw Object.assign(new Error(body.message ?? "commerce failed"), { status })
    return privately(status < 400 ? { ebook: body.ebook } : { message: body.message ?? "That file was refused." }, status)
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    console.error(`[vendor-portal] ebook upload failed: ${status ?? "no answer"} ${message}`)
    return privately({ message: "The file could not be uploaded just now. Please try again." }, 503)
  }
}
