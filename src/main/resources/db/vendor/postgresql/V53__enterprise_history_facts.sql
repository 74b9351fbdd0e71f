-- The risk grade reads, at every registration, the events that make an enterprise's history (deemed acceptance,
-- overdue rectification, the completion of a re-inspection, suspension, penalty or transfer) among all the events of
-- its latest twenty results: grading.EnterpriseHistories' types and tasks, which casefile.CaseEvents.ofCases writes
-- into the statement as these constants (a change to either list must change both; a PostgreSQL test checks the plan).
-- Through case_event_case every event of those cases is fetched and filtered out but a few. Measured on a copy of
-- case_event with 5,000 cases of 70 events each, interleaved in time as a running system appends them (350,000 rows,
-- 155 MB): for twenty cases 1,463 buffers and 0.81-0.88 ms, through this index 161 buffers and 0.07 ms (0.11 ms as a
-- generic plan); the index is 1.2 MB where case_event_case is 18 MB. In the benchmark at 3,000 open cases the read
-- was the largest statement of a registration, 0.58 ms on average. H2 has no partial index; there case_event_case
-- serves.
create index case_event_history_facts on case_event (case_id, id)
    where event_type in ('DEEMED_ACCEPTED', 'RECTIFICATION_OVERDUE', 'TASK_COMPLETED')
      and (task_key is null or task_key in ('decidePenalty', 'orderSuspension', 'prepareTransfer',
                                            'recordFirstReinspection', 'recordSecondReinspection',
                                            'recordSuspensionReinspection'));
