/**
 * Administration: the consistency check that compares our cases with the engine's instances, jobs and the
 * worklist, for administrators, on a page and through the API.
 */
package org.qualityloop.administration;
