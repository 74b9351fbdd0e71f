/**
 * Engine glue only: every process key, variable and task key named once ({@link org.qualityloop.process.Bpmn}),
 * the form model that every user task declares, and the one path by which a task is read, authorized,
 * validated and completed. Stage packages contribute a {@link org.qualityloop.process.TaskAction} per user task.
 * The engine's task events keep {@code open_task}, the read model of open tasks that the inbox and the
 * oversight pages query instead of the engine's tables.
 */
package org.qualityloop.process;
