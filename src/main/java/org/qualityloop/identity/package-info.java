/**
 * Users, bureaus and enterprises, and who may see and act on what: a handler its bureau, a supervisor
 * its bureau and those below it, an enterprise its own cases, an institution the re-tests sent to it.
 * Scope becomes Camunda candidate groups, so the engine and our tables agree on who holds a task.
 */
package org.qualityloop.identity;
