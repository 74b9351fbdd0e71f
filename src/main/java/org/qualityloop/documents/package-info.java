/**
 * Documents as people keep them: every issued document laid out after GB/T 9704 and rendered to PDF with its
 * fonts embedded, and the dossier (卷宗) of a case, produced on demand and kept when the case is archived. Reads
 * the case through casefile's public API; owns only the kept dossiers ({@code dossier}).
 */
package org.qualityloop.documents;
