/**
 * Lists leave the service as CSV (UTF-8 with a BOM, cells that would start a formula defused) or XLSX, streamed
 * row by row: one way for every export (oversight lists, the audit trail). Depends on nothing of ours.
 */
package org.qualityloop.exports;
