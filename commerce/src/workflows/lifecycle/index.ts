export * from "./send-abandoned-cart-reminders"
export * from "./send-idle-learner-nudges"
