export * from "./send-abandoned-cart-reminders"
export * from "./send-idle-learner-nudges"
export * from "./send-event-reminders"
