/** Cross-cutting web concerns: how failures are answered (API errors in the user's language) and the locale. */
package org.qualityloop.web;
