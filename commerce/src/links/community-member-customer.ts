import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import CommunityModule from "../modules/community"

/** A community member is one customer's public profile. */
export default defineLink(CommunityModule.linkable.communityMember, CustomerModule.linkable.customer)
