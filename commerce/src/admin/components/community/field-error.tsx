import { Text } from "@medusajs/ui"

/** A problem to show beside a form or field, announced to screen readers. */
export const FieldError = ({ id, message }: { id?: string; message: string | null | undefined }) =>
  message ? (
    <Text id={id} size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null
