import type { TextField, TextFieldSingleValidation } from 'payload'

/** Storefront links are either site-relative ("/store") or absolute http(s) URLs. */
export const validateUrl: TextFieldSingleValidation = (value, { required }) => {
  if (!value) return required ? 'A URL is required.' : true
  if (/^\/(?!\/)/.test(value) || /^https?:\/\/[^\s]+$/.test(value)) return true
  return 'Use a site path such as /store or a full http(s):// URL.'
}

export const urlField = ({ name = 'url', required = true } = {}): TextField => ({
  name,
  type: 'text',
  label: 'URL',
  required,
  validate: validateUrl,
})
