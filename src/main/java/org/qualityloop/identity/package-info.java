/**
 * Users and bureaus, and who may act on what: a handler its bureau, a supervisor its bureau and those below
 * it, an enterprise its own cases, an institution the re-tests sent to it. Scope becomes Camunda candidate
 * groups ({@link org.qualityloop.identity.CandidateGroup}), so the engine and our tables agree on who holds a
 * task; {@link org.qualityloop.identity.GroupMembers} says who is in a group and how to reach them.
 */
package org.qualityloop.identity;
