/**
 * Process models brought in by a province (流程模型): Flowable Modeler JSON, a Flowable app zip or BPMN 2.0 XML in
 * Flowable's or Camunda's namespace, mapped to Camunda through an allow-list, checked against this service (forms,
 * deadline rules, beans, stages), shown as a diagram and a comparison, deployed only when a second person approves,
 * kept as versions, and chosen per bureau as stage variants. Owns {@code process_model_import} and
 * {@code stage_variant}; deploys through the engine.
 */
package org.qualityloop.models;
