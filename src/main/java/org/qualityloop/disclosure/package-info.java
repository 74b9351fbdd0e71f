/**
 * The public disclosure portal (信息公开, 18号令 Art.44): anonymous pages of the published entries, their open data
 * (JSON, CSV, Atom), cacheable. Reads only what {@code publication.PublishedEntries} lets the public read; owns no
 * table.
 */
package org.qualityloop.disclosure;
