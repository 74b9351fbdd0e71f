/**
 * Risk analytics (风险分析): nonconforming rates by product category, bureau and year against the batches the
 * spot-check plans sampled, the items failed most, repeat enterprises, how cases ended, how long the statutory steps
 * took and where their deadlines were missed; and the product categories and enterprises to target next year
 * (四瞄准). Counts ahead of time what each case contributes (its tally, kept as the case's events arrive), reads
 * cases, events and deadlines only through the case file's public API, and owns the tally's tables.
 */
package org.qualityloop.analytics;
