'use client'

import { Button, toast } from '@payloadcms/ui'
import { useCampaignEndpoint } from './useCampaignEndpoint'
import { useState } from 'react'

/** "Send test": the saved campaign, as readers will get it, to the signed-in editor's own address. */
export function SendTestButton() {
  const { id, url } = useCampaignEndpoint('send-test')
  const [sending, setSending] = useState(false)
  if (!id) return null

  const send = async () => {
    setSending(true)
    try {
      const res = await fetch(url, { method: 'POST', credentials: 'include' })
      const body = await res.json().catch(() => null)
      if (res.ok) toast.success(`Test sent to ${body?.to}`)
      else toast.error(body?.errors?.[0]?.message ?? `The test could not be sent (${res.status})`)
    } finally {
      setSending(false)
    }
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" disabled={sending} onClick={send} size="medium">
        {sending ? 'Sending…' : 'Send test to me'}
      </Button>
      <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>Sends the last saved version, marked [Test].</p>
    </div>
  )
}
