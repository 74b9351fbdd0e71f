-- The analytics read the tally's deltas beside the tally. Counting a restored archive of 10^6 cases writes and folds
-- millions of deltas; vacuum makes their space reusable but does not give it back, so a plain read of the (empty)
-- delta table went through 122 MB: 50 of the 56 ms of the analytics' main query (benchmark, 2026-12-02). Read by
-- year through this index, the deltas cost what is in them.
create index analytics_tally_delta_year on analytics_tally_delta (tally_year, bureau_code);
