-- The public list answers a conditional request from the time of the last change of any entry (max(changed_at)),
-- and keeps its filters' choices and its count by it: without an index that maximum read every entry, 10^6 of them in
-- a province's archive (benchmark, docs/performance.md "Public portal"); with it, one index entry.
create index publication_entry_changed on publication_entry (changed_at);
