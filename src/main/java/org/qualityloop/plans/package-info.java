/**
 * Spot-check plans (抽查计划): the plan, the batches sampled per category and bureau, and the handling reports
 * (处理情况报告) each bureau submits on its cases of the plan, rolled up for the organising bureau. Owns
 * {@code spot_check_plan}, {@code plan_quota} and {@code plan_handling_report}; reads cases through casefile.
 */
package org.qualityloop.plans;
