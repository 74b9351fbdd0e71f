-- When a photo from the phone's camera was taken, as the phone recorded it (the file's time, issue 17): kept beside
-- the time it reached the server, which stays the time of record. Null for files whose taking time is not known.
alter table attachment add column taken_at timestamp;
