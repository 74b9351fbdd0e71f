/**
 * What a transaction gathers as it runs and acts on before it commits (the case event chains' heads, the cases to
 * count again, the enterprises to grade again), bound to that transaction alone. A shared kernel of one type; it
 * depends on nothing of ours.
 */
package org.qualityloop.transactions;
