import type { Block } from 'payload'

export const NewsletterSignup: Block = {
  slug: 'newsletterSignup',
  interfaceName: 'NewsletterSignupBlock',
  labels: { singular: 'Newsletter sign-up', plural: 'Newsletter sign-ups' },
  fields: [
    { name: 'heading', type: 'text', required: true, defaultValue: 'Get the newsletter' },
    { name: 'text', type: 'textarea' },
  ],
}
