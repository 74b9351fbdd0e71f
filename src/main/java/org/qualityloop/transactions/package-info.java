/**
 * What a transaction gathers as it runs and acts on before it commits (the case event chains' heads, the cases held),
 * bound to that transaction alone; and the follow-ups it writes down to be done soon after it commits (the cases to
 * count again, the enterprises to grade again); the rows it keeps to write just before it commits, written together,
 * and writes sent to the database in one round trip. A shared kernel; it depends on nothing of ours.
 */
package org.qualityloop.transactions;
