'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'

/**
 * The campaign being edited (null before its first save) and the URL of one
 * of its endpoints (`report`, `preview`, `send-test`) on this cms.
 */
export function useCampaignEndpoint(name: 'report' | 'preview' | 'send-test'): { id: string | number | undefined; url: string } {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  return { id, url: `${serverURL}${api}/campaigns/${id}/${name}` }
}
