/**
 * Classification (分类处理): the facts the decision table {@code nonconformity-classification.dmn} looks at,
 * and the handler's confirmation or override (with a recorded reason). Owns the main process's
 * {@code prepareClassification}, {@code suggestTrack} and {@code confirmClassification} steps.
 */
package org.qualityloop.classification;
