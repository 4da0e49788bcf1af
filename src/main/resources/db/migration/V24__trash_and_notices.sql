-- A story deleted from the newsroom goes to the trash (status TRASHED) and can be restored for 30 days, after which
-- it is deleted for good; this is when it went there.
alter table article add column trashed_at timestamp with time zone;

-- What the newsroom tells each person (stories sent for review, sent back, published...) is read from the audit
-- log; this is when they last read it, so that only what came after is counted.
alter table app_user add column notices_seen_at timestamp with time zone;
create index audit_entry_action_idx on audit_entry (action, happened_at);
