/**
 * Engine glue only: every process key, variable and task key named once ({@link org.qualityloop.process.Bpmn}),
 * the task catalogue read from the deployed models, the {@link org.qualityloop.process.TaskAction} contract that
 * each stage implements per user task, and the one path by which a task is read, authorized, validated and
 * completed ({@link org.qualityloop.process.TaskCompletion}), plus the task pages that serve it. Who may act is
 * read from the worklist's rows through {@link org.qualityloop.process.OpenTaskRows}; engine settings for
 * PostgreSQL live here too.
 */
package org.qualityloop.process;
