import type { Access } from "payload";

import { hasRole } from "./hasRole";

/**
 * Private calendar feeds: the storefront key makes and reads them after Medusa
 * has vouched for the reader (as it does for RSVPs); admins may look. Editors
 * and authors have no business with a reader's feed.
 */
export const isAdminOrStorefront: Access = ({ req: { user } }) =>
  hasRole(user, "admin", "storefront");
