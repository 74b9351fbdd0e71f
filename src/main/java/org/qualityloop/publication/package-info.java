/**
 * Handling report, publication and archive (处理情况报送, 信息公开, 归档): the report to the organising authority,
 * the public entry drafted by the handler and approved by a supervisor, publication, and the archived case.
 * Owns the main process's {@code submitHandlingReport} and {@code publication.bpmn}.
 */
package org.qualityloop.publication;
