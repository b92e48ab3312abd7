import * as migration_20261122_112205_initial from './20261122_112205_initial';
import * as migration_20261122_222655_content_rsvp_newsletter from './20261122_222655_content_rsvp_newsletter';
import * as migration_20261205_011550_media_storage_fields from './20261205_011550_media_storage_fields';
import * as migration_20261206_092237_newsletter_confirmation_sent_at from './20261206_092237_newsletter_confirmation_sent_at';
import * as migration_20261206_114949_insights_commerce_role from './20261206_114949_insights_commerce_role';
import * as migration_20261206_155306_site_settings_brand from './20261206_155306_site_settings_brand';
import * as migration_20261206_191858_campaigns from './20261206_191858_campaigns';
import * as migration_20261206_224027_campaign_report from './20261206_224027_campaign_report';
import * as migration_20261206_225021_email_suppressions_unsubscribed from './20261206_225021_email_suppressions_unsubscribed';
import * as migration_20261206_225022_unsubscribed_suppressions_backfill from './20261206_225022_unsubscribed_suppressions_backfill';
import * as migration_20261206_230742_calendar_feeds from './20261206_230742_calendar_feeds';
import * as migration_20261207_060428_rsvp_attended from './20261207_060428_rsvp_attended';

export const migrations = [
  {
    up: migration_20261122_112205_initial.up,
    down: migration_20261122_112205_initial.down,
    name: '20261122_112205_initial',
  },
  {
    up: migration_20261122_222655_content_rsvp_newsletter.up,
    down: migration_20261122_222655_content_rsvp_newsletter.down,
    name: '20261122_222655_content_rsvp_newsletter',
  },
  {
    up: migration_20261205_011550_media_storage_fields.up,
    down: migration_20261205_011550_media_storage_fields.down,
    name: '20261205_011550_media_storage_fields',
  },
  {
    up: migration_20261206_092237_newsletter_confirmation_sent_at.up,
    down: migration_20261206_092237_newsletter_confirmation_sent_at.down,
    name: '20261206_092237_newsletter_confirmation_sent_at',
  },
  {
    up: migration_20261206_114949_insights_commerce_role.up,
    down: migration_20261206_114949_insights_commerce_role.down,
    name: '20261206_114949_insights_commerce_role',
  },
  {
    up: migration_20261206_155306_site_settings_brand.up,
    down: migration_20261206_155306_site_settings_brand.down,
    name: '20261206_155306_site_settings_brand',
  },
  {
    up: migration_20261206_191858_campaigns.up,
    down: migration_20261206_191858_campaigns.down,
    name: '20261206_191858_campaigns',
  },
  {
    up: migration_20261206_224027_campaign_report.up,
    down: migration_20261206_224027_campaign_report.down,
    name: '20261206_224027_campaign_report',
  },
  {
    up: migration_20261206_225021_email_suppressions_unsubscribed.up,
    down: migration_20261206_225021_email_suppressions_unsubscribed.down,
    name: '20261206_225021_email_suppressions_unsubscribed',
  },
  {
    up: migration_20261206_225022_unsubscribed_suppressions_backfill.up,
    down: migration_20261206_225022_unsubscribed_suppressions_backfill.down,
    name: '20261206_225022_unsubscribed_suppressions_backfill',
  },
  {
    up: migration_20261206_230742_calendar_feeds.up,
    down: migration_20261206_230742_calendar_feeds.down,
    name: '20261206_230742_calendar_feeds',
  },
  {
    up: migration_20261207_060428_rsvp_attended.up,
    down: migration_20261207_060428_rsvp_attended.down,
    name: '20261207_060428_rsvp_attended'
  },
];
