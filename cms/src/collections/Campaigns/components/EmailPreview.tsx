'use client'

import { Button } from '@payloadcms/ui'
import { useCampaignEndpoint } from './useCampaignEndpoint'
import { useState } from 'react'

type Preview = { from: string; subject: string; html: string; text: string }

/**
 * The saved campaign as render.ts makes it (GET /api/campaigns/:id/preview):
 * the HTML part in a sandboxed frame (nothing in it runs), and the text part.
 */
export function EmailPreview() {
  const { id, url } = useCampaignEndpoint('preview')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [part, setPart] = useState<'html' | 'text'>('html')
  const [problem, setProblem] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  if (!id) return null

  const load = async () => {
    setLoading(true)
    setProblem(null)
    try {
      const res = await fetch(url, { credentials: 'include' })
      const body = await res.json().catch(() => null)
      if (res.ok) setPreview(body)
      else setProblem(body?.errors?.[0]?.message ?? `The preview could not be made (${res.status})`)
    } finally {
      setLoading(false)
    }
  }

  return (
    <section data-testid="campaign-preview" style={{ marginBottom: '2rem' }}>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
        <Button buttonStyle="secondary" disabled={loading} onClick={load} size="medium">
          {loading ? 'Rendering…' : preview ? 'Refresh preview' : 'Preview email'}
        </Button>
        {preview && (
          <Button buttonStyle="tab" onClick={() => setPart(part === 'html' ? 'text' : 'html')} size="medium">
            {part === 'html' ? 'Show text part' : 'Show HTML part'}
          </Button>
        )}
      </div>
      <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>The last saved version, as readers will get it.</p>
      {problem && <p style={{ color: 'var(--theme-error-500)' }}>{problem}</p>}
      {preview && (
        <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, marginTop: '0.75rem' }}>
          <p style={{ margin: 0, padding: '0.5rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-150)' }}>
            <strong>{preview.subject}</strong> · from {preview.from}
          </p>
          {part === 'html' ? (
            <iframe
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              srcDoc={preview.html}
              style={{ width: '100%', height: 640, border: 0, background: '#fff' }}
              title="Email preview"
            />
          ) : (
            <pre style={{ margin: 0, padding: '0.75rem', whiteSpace: 'pre-wrap', maxHeight: 640, overflow: 'auto' }}>{preview.text}</pre>
          )}
        </div>
      )}
    </section>
  )
}
