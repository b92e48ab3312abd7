import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AVATAR_MIME } from "../../../lib/community/avatar-image"

/** Stores a member's avatar (base64 WebP) through the file module as a public file; undone by deleting it. */
export const storeAvatarFileStep = createStep(
  "store-community-avatar-file",
  async (input: { member_id: string; content: string }, { container }) => {
    const [file] = await container.resolve(Modules.FILE).createFiles([
      { filename: `avatar-${input.member_id}.webp`, mimeType: AVATAR_MIME, content: input.content, access: "public" },
    ])
    return new StepResponse({ key: file.id, url: file.url }, file.id)
  },
  async (key, { container }) => {
    if (key) await container.resolve(Modules.FILE).deleteFiles(key)
  }
)
