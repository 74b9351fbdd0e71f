/**
 * The enterprise portal: an enterprise's pending answers with their deadlines, legal basis and the
 * consequence of silence; the notices served on it (opening one is its acknowledgement); its cases. The
 * answers themselves are the task forms of {@code respondToResult}, {@code submitRectificationReport} and
 * {@code respondToPriorNotice}.
 */
package org.qualityloop.portal;
