/**
 * Paging shared by every list (inbox, oversight lists, cases, notifications): the window of a requested page
 * and the page that comes back, and the fragment typed into a list's search box as a condition a trigram index
 * answers. A shared kernel of two types; it depends on nothing.
 */
package org.qualityloop.paging;
