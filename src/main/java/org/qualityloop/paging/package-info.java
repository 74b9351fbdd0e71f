/**
 * Paging shared by every list (inbox, oversight lists, cases, notifications): the window of a requested page
 * and the page that comes back. A shared kernel of one type; it depends on nothing.
 */
package org.qualityloop.paging;
