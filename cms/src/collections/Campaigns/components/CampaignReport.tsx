'use client'

import { Button } from '@payloadcms/ui'
import { useCampaignEndpoint } from './useCampaignEndpoint'
import { useCallback, useEffect, useState } from 'react'

import type { CampaignReport as Report } from '@/campaigns/report'

const FIGURES: [keyof Omit<Report, 'topLinks'>, string][] = [
  ['sent', 'Sent'],
  ['delivered', 'Delivered'],
  ['bounced', 'Bounced'],
  ['complained', 'Complained'],
  ['uniqueOpens', 'Unique opens'],
  ['uniqueClicks', 'Unique clicks'],
  ['unsubscribes', 'Unsubscribes'],
]

const share = (count: number, of: number) => (of > 0 ? ` (${Math.round((count / of) * 100)}%)` : '')
const cell = { padding: '0.35rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)' }

/** The campaign's report (GET /api/campaigns/:id/report), shown once it is being sent. */
export function CampaignReport() {
  const { id, url } = useCampaignEndpoint('report')
  const [report, setReport] = useState<Report | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const load = useCallback(async () => {
    const res = await fetch(url, { credentials: 'include' })
    const body = await res.json().catch(() => null)
    if (res.ok) setReport(body.report)
    else setProblem(body?.errors?.[0]?.message ?? `The report could not be loaded (${res.status})`)
  }, [id, url])

  useEffect(() => {
    if (id) void load()
  }, [id, load])

  if (!id) return null
  return (
    <section data-testid="campaign-report" style={{ marginBottom: '2rem' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>Report</h3>
      {problem && <p style={{ color: 'var(--theme-error-500)' }}>{problem}</p>}
      {report && (
        <>
          <table style={{ borderCollapse: 'collapse', marginBottom: '1rem' }}>
            <tbody>
              {FIGURES.map(([key, label]) => (
                <tr key={key}>
                  <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 'normal' }}>{label}</th>
                  <td style={{ ...cell, textAlign: 'right' }} data-testid={`report-${key}`}>
                    {report[key]}
                    {key !== 'sent' ? share(report[key], report.sent) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4 style={{ marginBottom: '0.25rem' }}>Top links clicked</h4>
          {report.topLinks.length === 0 ? (
            <p style={{ color: 'var(--theme-elevation-500)' }}>No clicks yet.</p>
          ) : (
            <table style={{ borderCollapse: 'collapse', marginBottom: '1rem' }}>
              <tbody>
                {report.topLinks.map(({ link, clicks }) => (
                  <tr key={link}>
                    <td style={{ ...cell, wordBreak: 'break-all' }}>
                      {/^https?:\/\//.test(link) ? (
                        <a href={link} rel="noopener noreferrer" target="_blank">{link}</a>
                      ) : (
                        link
                      )}
                    </td>
                    <td style={{ ...cell, textAlign: 'right' }}>{clicks} {clicks === 1 ? 'reader' : 'readers'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <Button buttonStyle="secondary" onClick={() => void load()} size="small">
        Refresh
      </Button>
    </section>
  )
}
