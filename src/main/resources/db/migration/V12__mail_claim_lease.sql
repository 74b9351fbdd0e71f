-- A mail claimed for sending records when (issue 12): a claim older than the configured lease belongs to a
-- node that died while sending, and another node takes it back up instead of leaving it SENDING forever.
alter table notification add column mail_claimed_at timestamp;
